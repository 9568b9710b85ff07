// Reading and amending treatment notes (version 1 is written by completeSession in scheduling), with
// the clinical access rule and an audit event per read and per amendment. Amending is a write of the
// session's own record: the owner may amend any note, a therapist only those of their own sessions
// (PRODUCT.md section 1: completing a session with a note is "own sessions"), the front desk none.
import { Injectable } from '@nestjs/common';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import { ClinicalAccessService } from '../access/clinical-access.service.js';
import { noteContent, type AmendTreatmentNoteArgs, type TreatmentNoteContent } from './treatment-note.inputs.js';
import { TreatmentNotesRepository, type TreatmentNoteRow } from './treatment-notes.repository.js';

const CONTENT_FIELDS: (keyof TreatmentNoteContent)[] = [
  'subjective',
  'objective',
  'techniques',
  'regions',
  'pressure',
  'patientResponse',
  'plan',
  'nextStep',
];

/** The names of the SOAP fields an amendment changes, for its audit event. */
export function changedFields(before: TreatmentNoteContent, after: TreatmentNoteContent): string[] {
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join() === [...b].sort().join() : a === b;
  return CONTENT_FIELDS.filter((field) => !same(before[field], after[field]));
}

@Injectable()
export class TreatmentNotesService {
  constructor(
    private readonly notes: TreatmentNotesRepository,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
  ) {}

  async ofPatient(patientId: string): Promise<TreatmentNoteRow[]> {
    await this.access.assertPatient(patientId, 'read');
    const notes = await this.notes.ofPatient(patientId);
    await this.auditReads(notes);
    return notes;
  }

  /** The note of one session (its latest version); null when the session has none yet. */
  async ofSession(sessionId: string): Promise<TreatmentNoteRow | null> {
    const patientId = await this.notes.patientOfSession(sessionId);
    if (!patientId) throw new NotFoundError('Session', sessionId);
    await this.access.assertPatient(patientId, 'read');
    const note = await this.notes.ofSession(sessionId);
    if (note) await this.auditReads([note]);
    return note;
  }

  /** Every version of one note, oldest first. */
  async history(rootId: string): Promise<TreatmentNoteRow[]> {
    const versions = await this.notes.versions(rootId);
    if (versions.length === 0) throw new NotFoundError('TreatmentNote', rootId);
    await this.access.assertPatient(versions[0]!.session.patientId, 'read');
    await this.auditReads(versions);
    return versions;
  }

  /** Version n+1 with the whole corrected note; only the latest version can be amended. */
  async amend({ id, input, reason }: AmendTreatmentNoteArgs): Promise<TreatmentNoteRow> {
    const current = await this.notes.findById(id);
    if (!current) throw new NotFoundError('TreatmentNote', id);
    const patientId = current.session.patientId;
    await this.access.assertPatient(patientId, 'write');
    await this.assertOwnSession(current);
    if (!current.isLatest) {
      throw new ConflictError('Only the latest version of a treatment note can be amended; reload it and try again', {
        field: 'id',
        rootId: current.rootId,
      });
    }
    const content = noteContent(input);
    return this.notes.transaction(async (tx) => {
      const amended = await this.notes.insertAmendment(tx, current, {
        ...content,
        authorId: currentActor().userId,
        amendReason: reason.trim(),
      });
      if (!amended) {
        throw new ConflictError('This treatment note was amended at the same time by someone else; reload it and try again', {
          field: 'id',
          rootId: current.rootId,
        });
      }
      await this.audit.record(
        { action: AuditAction.AMEND, entity: 'TreatmentNote', entityId: amended.id, patientId, fields: changedFields(current, content) },
        tx,
      );
      return amended;
    });
  }

  /** A therapist amends only the notes of their own sessions (refused as DENIED, like any refused record access). */
  private async assertOwnSession(note: TreatmentNoteRow): Promise<void> {
    const actor = currentActor();
    if (actor.role === 'OWNER') return;
    if (actor.role === 'THERAPIST' && (await this.notes.userOfTherapist(note.session.therapistId)) === actor.userId) return;
    await this.audit.record({ action: AuditAction.DENIED, entity: 'TreatmentNote', entityId: note.id, patientId: note.session.patientId });
    throw new ForbiddenError("Only the session's therapist or an owner can amend its treatment note");
  }

  private auditReads(notes: TreatmentNoteRow[]): Promise<void> {
    return this.audit.recordMany(
      notes.map((n) => ({ action: AuditAction.READ, entity: 'TreatmentNote', entityId: n.id, patientId: n.session.patientId })),
    );
  }
}
