// The one place that decides who may see or change a patient's clinical record (PRODUCT.md section 1).
//
// - OWNER: every patient of the clinic.
// - THERAPIST: only patients they "have a session with": any session of theirs with the patient that
//   is not CANCELLED (BOOKED counts, so a therapist can screen and take a baseline at a first visit;
//   NO_SHOW counts, since the patient was on their list; a cancelled booking grants nothing).
// - FRONT_DESK: may record a screening (it happens at the front desk at the first visit) and nothing
//   else clinical. Resolvers also declare roles; this service is the patient-level rule behind them.
// - An id that does not exist in the actor's clinic (including another clinic's) is NOT_FOUND, checked
//   before any role rule so that existence never leaks across tenants.
import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { ClinicalAccessRepository } from './clinical-access.repository.js';

export type ClinicalAction = 'read' | 'write' | 'screen';

/** Which patients a list or an aggregate may include; a therapist's are those of the access rule. */
export type PatientScope = { kind: 'all' } | { kind: 'therapist'; userId: string; therapistId: string | null; patientIds: string[] };

@Injectable()
export class ClinicalAccessService {
  constructor(
    private readonly access: ClinicalAccessRepository,
    private readonly audit: AuditService,
  ) {}

  /** Throws NOT_FOUND for an unknown patient and FORBIDDEN (audited as DENIED) when the actor may not act. */
  async assertPatient(patientId: string, action: ClinicalAction): Promise<void> {
    if (!(await this.access.patientExists(patientId))) throw new NotFoundError('Patient', patientId);
    if (await this.allowed(patientId, action)) return;
    await this.audit.record({ action: 'DENIED', entity: 'Patient', entityId: patientId, patientId });
    throw new ForbiddenError('You can only see or change the clinical record of patients you have a session with');
  }

  async scope(): Promise<PatientScope> {
    const actor = currentActor();
    if (actor.role === 'OWNER') return { kind: 'all' };
    if (actor.role === 'THERAPIST') {
      const [therapistId, patientIds] = await Promise.all([
        this.access.therapistIdOfUser(actor.userId),
        this.access.patientIdsOfTherapist(actor.userId),
      ]);
      return { kind: 'therapist', userId: actor.userId, therapistId, patientIds };
    }
    throw new ForbiddenError();
  }

  private async allowed(patientId: string, action: ClinicalAction): Promise<boolean> {
    const actor = currentActor();
    switch (actor.role) {
      case 'OWNER':
        return true;
      case 'THERAPIST':
        return this.access.therapistHasSessionWith(actor.userId, patientId);
      case 'FRONT_DESK':
        return action === 'screen';
      default:
        return false;
    }
  }
}
