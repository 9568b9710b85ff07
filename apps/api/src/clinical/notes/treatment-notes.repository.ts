// Treatment notes and their versions. Version 1's id is also the rootId of every later version. An
// amendment clears isLatest on the current version with a conditional update (which locks that row)
// and inserts version n+1 in the same transaction; of two concurrent amendments the second finds
// nothing to update and gives up, and the partial unique indexes TreatmentNote_latest_per_root and
// TreatmentNote_latest_per_session back this in the database. Reads of "the note" are of the latest.
import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../database/database-errors.js';
import { PrismaService, type TenantTransaction } from '../../database/prisma.service.js';
import { tenantCreate } from '../../database/tenant-scope.js';
import type { Prisma, TreatmentNote } from '../../generated/prisma/client.js';
import type { TreatmentNoteContent } from './treatment-note.inputs.js';

export type TreatmentNoteRow = TreatmentNote & { session: { patientId: string; therapistId: string; startsAt: Date } };

const WITH_SESSION = { session: { select: { patientId: true, therapistId: true, startsAt: true } } } as const;

@Injectable()
export class TreatmentNotesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The latest version of each of the patient's notes, newest session first. */
  ofPatient(patientId: string): Promise<TreatmentNoteRow[]> {
    return this.prisma.tenant.treatmentNote.findMany({
      where: { isLatest: true, session: { patientId } },
      include: WITH_SESSION,
      orderBy: [{ session: { startsAt: 'desc' } }, { id: 'asc' }],
    });
  }

  /** The latest version of the session's note. */
  ofSession(sessionId: string): Promise<TreatmentNoteRow | null> {
    return this.prisma.tenant.treatmentNote.findFirst({ where: { sessionId, isLatest: true }, include: WITH_SESSION });
  }

  findById(id: string): Promise<TreatmentNoteRow | null> {
    return this.prisma.tenant.treatmentNote.findFirst({ where: { id }, include: WITH_SESSION });
  }

  /** Every version of one note, oldest first. */
  versions(rootId: string): Promise<TreatmentNoteRow[]> {
    return this.prisma.tenant.treatmentNote.findMany({ where: { rootId }, include: WITH_SESSION, orderBy: { version: 'asc' } });
  }

  async patientOfSession(sessionId: string): Promise<string | null> {
    const session = await this.prisma.tenant.session.findFirst({ where: { id: sessionId }, select: { patientId: true } });
    return session?.patientId ?? null;
  }

  /** The staff account behind a therapist profile (who may amend that therapist's notes). */
  async userOfTherapist(therapistId: string): Promise<string | null> {
    const therapist = await this.prisma.tenant.therapist.findFirst({ where: { id: therapistId }, select: { userId: true } });
    return therapist?.userId ?? null;
  }

  transaction<T>(fn: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    return this.prisma.tenantTransaction(fn);
  }

  /** Version n+1 of `current`; null when `current` is no longer the latest (a concurrent amendment won). */
  async insertAmendment(
    tx: TenantTransaction,
    current: TreatmentNoteRow,
    change: TreatmentNoteContent & { authorId: string; amendReason: string },
  ): Promise<TreatmentNoteRow | null> {
    const { count } = await tx.treatmentNote.updateMany({ where: { id: current.id, isLatest: true }, data: { isLatest: false } });
    if (count === 0) return null;
    try {
      // Created, then read through the scoped client: Prisma reads back a create's `include` by id alone,
      // a read of every clinic's shard under Citus (test/tenancy).
      const { id } = await tx.treatmentNote.create({
        data: tenantCreate<Prisma.TreatmentNoteUncheckedCreateInput>({
          rootId: current.rootId,
          version: current.version + 1,
          isLatest: true,
          sessionId: current.sessionId,
          ...change,
        }),
        select: { id: true },
      });
      return await tx.treatmentNote.findFirstOrThrow({ where: { id }, include: WITH_SESSION });
    } catch (error) {
      // A latest version already exists for this root or session: someone else's amendment won.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
}
