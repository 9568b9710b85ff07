// Redeeming an opt-out link: the link is recorded as used and the patient's consent for its channel
// withdrawn, in one transaction of the link's clinic.
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { isUniqueViolation } from '../database/database-errors.js';
import type { MessageChannel } from '../generated/prisma/enums.js';

@Injectable()
export class OptOutRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** False when the link was used before (nothing changes then). */
  async withdrawConsent(link: {
    clinicId: string;
    patientId: string;
    channel: MessageChannel;
    jti: string;
    expiresAt: Date;
  }): Promise<boolean> {
    try {
      await this.prisma.clinicTransaction(link.clinicId, async (tx) => {
        await tx.usedPatientLink.create({ data: { jti: link.jti, purpose: 'OPT_OUT', expiresAt: link.expiresAt } });
        await tx.patient.updateMany({
          where: { id: link.patientId },
          data: link.channel === 'EMAIL' ? { emailConsent: false } : { smsConsent: false },
        });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
