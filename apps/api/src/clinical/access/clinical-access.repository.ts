// The few lookups the clinical access policy needs, always within the actor's clinic.
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

/** Session statuses that make a therapist "have a session with" a patient (everything but CANCELLED). */
export const RELATIONSHIP_STATUSES = ['BOOKED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW'] as const;

@Injectable()
export class ClinicalAccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  async patientExists(patientId: string): Promise<boolean> {
    return (await this.prisma.tenant.patient.count({ where: { id: patientId } })) > 0;
  }

  async therapistHasSessionWith(userId: string, patientId: string): Promise<boolean> {
    const count = await this.prisma.tenant.session.count({
      where: { patientId, status: { in: [...RELATIONSHIP_STATUSES] }, therapist: { userId } },
    });
    return count > 0;
  }

  async therapistIdOfUser(userId: string): Promise<string | null> {
    const therapist = await this.prisma.tenant.therapist.findFirst({ where: { userId }, select: { id: true } });
    return therapist?.id ?? null;
  }
}
