// Screening and medical clearance (PRODUCT.md section 3). The clearance status moves like this:
//
//   any contraindication or red flag -> NEEDS_MEDICAL_CLEARANCE, whatever it was (a new finding after a
//                                  clearance needs a new clearance)
//   no contraindication         -> NOT_REQUIRED from NOT_SCREENED or NOT_REQUIRED; it does NOT lift
//                                  NEEDS_MEDICAL_CLEARANCE (only a clinician's clearance does, so a
//                                  clean re-screening cannot bypass it) and keeps CLEARED
//   recordClearance             -> CLEARED, only from NEEDS_MEDICAL_CLEARANCE; otherwise
//                                  INVALID_TRANSITION (there is nothing to clear)
import { Injectable } from '@nestjs/common';
import { CURRENT_SCREENING_VERSION, needsClearance, validateScreeningAnswers } from '@backtrack/domain';
import { AppError, BadInputError, ErrorCode, type FieldIssue } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import { loadBatched } from '../../common/request-loaders.js';
import type { Clearance, ClearanceStatus, Screening } from '../../generated/prisma/client.js';
import { ClinicalAccessService } from '../access/clinical-access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import type { RecordClearanceInput, RecordScreeningInput } from './screening.inputs.js';
import { ScreeningRepository } from './screening.repository.js';

export const CONTRAINDICATIONS = ['acuteInjury', 'suspectedFracture', 'severeNerveSymptoms', 'recentSpinalSurgery'] as const;

/** The form asked and an answer to each of its questions; BAD_USER_INPUT naming each bad or missing answer. */
export function screeningAnswersOf(input: RecordScreeningInput): { formVersion: number; answers: Record<string, boolean> } {
  const four = Object.fromEntries(CONTRAINDICATIONS.map((key) => [key, input[key]]));
  if (!input.answers) return { formVersion: 1, answers: four };
  const issues: FieldIssue[] = validateScreeningAnswers(CURRENT_SCREENING_VERSION, input.answers).map((issue) => ({
    field: `input.answers.${issue.key}`,
    message: issue.message,
  }));
  const answers = Object.fromEntries(input.answers.map((a) => [a.key, a.yes]));
  for (const key of CONTRAINDICATIONS) {
    if (key in answers && answers[key] !== input[key])
      issues.push({ field: `input.answers.${key}`, message: `disagrees with input.${key}` });
  }
  if (issues.length > 0) throw new BadInputError(issues);
  return { formVersion: CURRENT_SCREENING_VERSION, answers };
}

/** A screening's answers; the four contraindication columns hold them for rows written before answers were stored. */
export function answersOf(screening: Screening): Record<string, boolean> {
  const four = Object.fromEntries(CONTRAINDICATIONS.map((key) => [key, screening[key]]));
  return { ...four, ...((screening.answers ?? {}) as Record<string, boolean>) };
}

export function contraindicationsOf(screening: Pick<Screening, (typeof CONTRAINDICATIONS)[number]>): string[] {
  return CONTRAINDICATIONS.filter((key) => screening[key]);
}

@Injectable()
export class ScreeningService {
  constructor(
    private readonly screenings: ScreeningRepository,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
  ) {}

  async recordScreening(input: RecordScreeningInput): Promise<Screening> {
    await this.access.assertPatient(input.patientId, 'screen');
    const { formVersion, answers } = screeningAnswersOf(input);
    return this.screenings.transaction(async (tx) => {
      const screening = await this.screenings.insertScreening(tx, {
        patientId: input.patientId,
        recordedById: currentActor().userId,
        acuteInjury: input.acuteInjury,
        suspectedFracture: input.suspectedFracture,
        severeNerveSymptoms: input.severeNerveSymptoms,
        recentSpinalSurgery: input.recentSpinalSurgery,
        formVersion,
        answers,
        notes: input.notes?.trim() ?? '',
      });
      // A contraindication or a red flag: massage waits for a clinician's clearance. Precautions only warn.
      if (needsClearance(formVersion, answers)) {
        await this.screenings.moveClearanceStatus(
          tx,
          input.patientId,
          ['NOT_SCREENED', 'NOT_REQUIRED', 'NEEDS_MEDICAL_CLEARANCE', 'CLEARED'],
          'NEEDS_MEDICAL_CLEARANCE',
        );
      } else {
        await this.screenings.moveClearanceStatus(tx, input.patientId, ['NOT_SCREENED'], 'NOT_REQUIRED');
      }
      await this.audit.record({ action: 'CREATE', entity: 'Screening', entityId: screening.id, patientId: input.patientId }, tx);
      return screening;
    });
  }

  async recordClearance(input: RecordClearanceInput): Promise<Clearance> {
    await this.access.assertPatient(input.patientId, 'write');
    return this.screenings.transaction(async (tx) => {
      const moved = await this.screenings.moveClearanceStatus(tx, input.patientId, ['NEEDS_MEDICAL_CLEARANCE'], 'CLEARED');
      if (!moved) {
        const status = await this.screenings.clearanceStatusOf(input.patientId, tx);
        throw new AppError(ErrorCode.INVALID_TRANSITION, `This patient does not need a medical clearance (clearance status ${status})`, {
          field: 'patientId',
          clearanceStatus: status,
        });
      }
      const clearance = await this.screenings.insertClearance(tx, {
        patientId: input.patientId,
        recordedById: currentActor().userId,
        clinician: input.clinician.trim(),
        note: input.note.trim(),
        clearedAt: input.clearedAt ?? new Date(),
      });
      await this.audit.record({ action: 'CREATE', entity: 'Clearance', entityId: clearance.id, patientId: input.patientId }, tx);
      return clearance;
    });
  }

  async screeningsOf(patientId: string): Promise<Screening[]> {
    await this.access.assertPatient(patientId, 'read');
    const rows = await this.screenings.screeningsOf(patientId);
    await this.audit.recordMany(rows.map((s) => ({ action: 'READ', entity: 'Screening', entityId: s.id, patientId })));
    return rows;
  }

  async clearancesOf(patientId: string): Promise<Clearance[]> {
    await this.access.assertPatient(patientId, 'read');
    const rows = await this.screenings.clearancesOf(patientId);
    await this.audit.recordMany(rows.map((c) => ({ action: 'READ', entity: 'Clearance', entityId: c.id, patientId })));
    return rows;
  }

  /** The patient's status now, shown with a screening so the front desk sees what it caused (batched per request). */
  clearanceStatusOf(patientId: string): Promise<ClearanceStatus> {
    return loadBatched<ClearanceStatus>('patient.clearanceStatus', patientId, this.fetchClearanceStatuses, 'NOT_SCREENED');
  }

  /**
   * The patient's latest screening, for the precautions shown with a session (every staff member sees the
   * schedule; no audit, as before batching), batched with the request's other sessions.
   */
  latestScreeningOf(patientId: string): Promise<Screening | null> {
    return loadBatched<Screening | null>('patient.latestScreening', patientId, this.fetchLatestScreenings, null);
  }

  private readonly fetchClearanceStatuses = (ids: string[]) => this.screenings.clearanceStatusesOf(ids);
  private readonly fetchLatestScreenings = (ids: string[]) => this.screenings.latestScreeningsOf(ids);
}
