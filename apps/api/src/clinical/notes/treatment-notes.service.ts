// Reading treatment notes (written by completeSession in scheduling), with the clinical access rule
// and an audit event per note read.
import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/app-error.js';
import { ClinicalAccessService } from '../access/clinical-access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { TreatmentNotesRepository, type TreatmentNoteRow } from './treatment-notes.repository.js';

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
    await this.audit.recordMany(notes.map((n) => ({ action: 'READ', entity: 'TreatmentNote', entityId: n.id, patientId })));
    return notes;
  }

  /** The note of one session; null when the session has none yet. */
  async ofSession(sessionId: string): Promise<TreatmentNoteRow | null> {
    const patientId = await this.notes.patientOfSession(sessionId);
    if (!patientId) throw new NotFoundError('Session', sessionId);
    await this.access.assertPatient(patientId, 'read');
    const note = await this.notes.ofSession(sessionId);
    if (note) await this.audit.record({ action: 'READ', entity: 'TreatmentNote', entityId: note.id, patientId });
    return note;
  }
}
