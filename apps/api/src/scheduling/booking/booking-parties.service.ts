// Resolves and vets everyone a booking involves, in the order a caller can act on: unknown ids
// (another clinic's included) → NOT_FOUND; a therapist booking for a colleague → FORBIDDEN;
// inactive therapist, service or room, or a foreign episode → BAD_USER_INPUT; a patient awaiting
// medical clearance → CLEARANCE_REQUIRED.
import { Injectable } from '@nestjs/common';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import type { Clinic, Patient, Room, ServiceType, Therapist } from '../../generated/prisma/client.js';
import { PatientsRepository } from '../../patients/patients.repository.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { ClinicSettingsRepository } from '../clinic-settings/clinic-settings.repository.js';
import { ScheduleRepository } from '../schedule/schedule.repository.js';
import { assertActsFor } from '../scheduling-access.js';
import { ClearanceRequiredError } from '../scheduling.errors.js';
import { TherapistsRepository } from '../therapists/therapists.repository.js';

export interface PartyIds {
  patientId: string;
  therapistId: string;
  serviceTypeId: string;
  roomId?: string | null;
  episodeId?: string | null;
}

export interface Parties {
  clinic: Clinic;
  patient: Patient;
  therapist: Therapist;
  serviceType: ServiceType;
  room: Room | null;
  episodeId: string | null;
}

@Injectable()
export class BookingPartiesService {
  constructor(
    private readonly clinics: ClinicSettingsRepository,
    private readonly patients: PatientsRepository,
    private readonly therapists: TherapistsRepository,
    private readonly catalog: CatalogRepository,
    private readonly schedule: ScheduleRepository,
  ) {}

  /** `prefix` places the ids in the caller's arguments (e.g. "input") for error fields. */
  async resolve(ids: PartyIds, prefix: string, options: { existingService?: boolean } = {}): Promise<Parties> {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    const [clinic, patient, therapist, serviceType, room, episode] = await Promise.all([
      this.clinics.current(),
      this.patients.findById(ids.patientId),
      this.therapists.findById(ids.therapistId),
      this.catalog.findServiceType(ids.serviceTypeId),
      ids.roomId ? this.catalog.findRoom(ids.roomId) : null,
      ids.episodeId ? this.schedule.findEpisode(ids.episodeId) : null,
    ]);
    if (!patient) throw new NotFoundError('Patient', ids.patientId);
    if (!therapist) throw new NotFoundError('Therapist', ids.therapistId);
    if (!serviceType) throw new NotFoundError('ServiceType', ids.serviceTypeId);
    if (ids.roomId && !room) throw new NotFoundError('Room', ids.roomId);
    if (ids.episodeId && !episode) throw new NotFoundError('EpisodeOfCare', ids.episodeId);

    assertActsFor(therapist.userId);
    if (!therapist.active) throw BadInputError.field(field('therapistId'), 'This therapist is inactive and cannot be booked');
    // A session already booked keeps its service even if the clinic has since retired it.
    if (!serviceType.active && !options.existingService)
      throw BadInputError.field(field('serviceTypeId'), 'This service is inactive and cannot be booked');
    if (room && !room.active) throw BadInputError.field(field('roomId'), 'This room is inactive and cannot be booked');
    if (episode && episode.patientId !== patient.id)
      throw BadInputError.field(field('episodeId'), 'This episode of care belongs to another patient');
    if (episode?.dischargedAt) throw BadInputError.field(field('episodeId'), 'This episode of care has been discharged');
    if (patient.clearanceStatus === 'NEEDS_MEDICAL_CLEARANCE') throw new ClearanceRequiredError(patient.id);
    return { clinic, patient, therapist, serviceType, room: room ?? null, episodeId: episode?.id ?? null };
  }

  /** Only an owner may book over an overlap, and only with a reason. */
  assertMayOverride(overrideReason: string | undefined | null): void {
    if (overrideReason && currentActor().role !== 'OWNER') throw new ForbiddenError('Only an owner can override a scheduling conflict');
  }
}
