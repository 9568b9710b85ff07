// Free starts for a service with a therapist: working hours minus time off, past the minimum notice,
// clear (buffers included) of the therapist's active sessions and optionally a room's and a patient's.
// A fixed handful of queries whatever the range; the range is capped so the answer stays small.
import { Injectable } from '@nestjs/common';
import { expandWorkingHours, generateSlots, subtract, type Interval } from '@backtrack/domain';
import { BadInputError, NotFoundError } from '../../common/app-error.js';
import { PatientsRepository } from '../../patients/patients.repository.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { ClinicSettingsRepository } from '../clinic-settings/clinic-settings.repository.js';
import { ScheduleRepository } from '../schedule/schedule.repository.js';
import { withInputErrors } from '../scheduling.errors.js';
import { TherapistsRepository } from '../therapists/therapists.repository.js';
import type { AvailableSlotsArgs } from './availability.inputs.js';
import type { SlotModel } from './availability.model.js';

export const MAX_RANGE_DAYS = 31;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly clinics: ClinicSettingsRepository,
    private readonly therapists: TherapistsRepository,
    private readonly catalog: CatalogRepository,
    private readonly patients: PatientsRepository,
    private readonly schedule: ScheduleRepository,
  ) {}

  async slots(args: AvailableSlotsArgs): Promise<SlotModel[]> {
    const range: Interval = { start: args.from.getTime(), end: args.to.getTime() };
    if (!(range.end > range.start)) throw BadInputError.field('to', 'must be after from');
    if (range.end - range.start > MAX_RANGE_DAYS * DAY_MS)
      throw BadInputError.field('to', `the range can span at most ${MAX_RANGE_DAYS} days`);

    const [clinic, therapist, serviceType, room, patient] = await Promise.all([
      this.clinics.current(),
      this.therapists.findById(args.therapistId),
      this.catalog.findServiceType(args.serviceTypeId),
      args.roomId ? this.catalog.findRoom(args.roomId) : null,
      args.patientId ? this.patients.findById(args.patientId) : null,
    ]);
    if (!therapist) throw new NotFoundError('Therapist', args.therapistId);
    if (!serviceType) throw new NotFoundError('ServiceType', args.serviceTypeId);
    if (args.roomId && !room) throw new NotFoundError('Room', args.roomId);
    if (args.patientId && !patient) throw new NotFoundError('Patient', args.patientId);
    if (!therapist.active || !serviceType.active || (room && !room.active)) return [];

    const blocked = (serviceType.durationMinutes + serviceType.bufferMinutes) * MINUTE_MS;
    // Sessions starting near the end of the range still run, with their buffer, past it.
    const span: Interval = { start: range.start, end: range.end + blocked };
    const parties = { therapistId: therapist.id, roomId: room?.id, patientId: patient?.id };
    const [timeOff, busy] = await Promise.all([
      this.schedule.timeOff(therapist.id, span),
      this.schedule.busy(parties, span, args.excludeSessionId),
    ]);
    const blocks = therapist.workingHours.map((w) => ({ weekday: w.weekday, start: w.startTime, end: w.endTime }));
    const slots = withInputErrors(() =>
      generateSlots({
        available: subtract(expandWorkingHours(blocks, clinic.timezone, span), timeOff),
        busy: busy.map((b) => ({ start: b.start, end: b.blockedEnd })),
        durationMinutes: serviceType.durationMinutes,
        bufferMinutes: serviceType.bufferMinutes,
        stepMinutes: clinic.slotStepMinutes,
        zone: clinic.timezone,
        range,
        notBefore: Date.now() + clinic.minimumNoticeMinutes * MINUTE_MS,
      }),
    );
    return slots.map((s) => ({ startsAt: new Date(s.start), endsAt: new Date(s.end) }));
  }
}
