import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { TreatmentNote } from '../../generated/prisma/client.js';

export type TreatmentNoteRow = TreatmentNote & { session: { patientId: string; therapistId: string; startsAt: Date } };

@Injectable()
export class TreatmentNotesRepository {
  constructor(private readonly prisma: PrismaService) {}

  ofPatient(patientId: string): Promise<TreatmentNoteRow[]> {
    return this.prisma.tenant.treatmentNote.findMany({
      where: { session: { patientId } },
      include: { session: { select: { patientId: true, therapistId: true, startsAt: true } } },
      orderBy: [{ session: { startsAt: 'desc' } }, { id: 'asc' }],
    });
  }

  ofSession(sessionId: string): Promise<TreatmentNoteRow | null> {
    return this.prisma.tenant.treatmentNote.findFirst({
      where: { sessionId },
      include: { session: { select: { patientId: true, therapistId: true, startsAt: true } } },
    });
  }

  async patientOfSession(sessionId: string): Promise<string | null> {
    const session = await this.prisma.tenant.session.findFirst({ where: { id: sessionId }, select: { patientId: true } });
    return session?.patientId ?? null;
  }
}
