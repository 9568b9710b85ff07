// A therapist's weekly working hours and time off: the inputs of availability and booking checks.
import { Injectable } from '@nestjs/common';
import { expandWorkingHours, subtract, validateWorkingBlocks, type WorkingBlock } from '@backtrack/domain';
import { WaitlistOffersService, type FreedSlot } from '../../waitlist/waitlist-offers.service.js';
import { WaitlistRepository } from '../../waitlist/waitlist.repository.js';
import { AvailabilityService } from '../availability/availability.service.js';
import { CatalogRepository } from '../catalog/catalog.repository.js';
import { ClinicSettingsRepository } from '../clinic-settings/clinic-settings.repository.js';
import { BadInputError, NotFoundError } from '../../common/app-error.js';
import type { TimeOff } from '../../generated/prisma/client.js';
import { assertActsFor } from '../scheduling-access.js';
import { withInputErrors } from '../scheduling.errors.js';
import type { AddTimeOffArgs, SetWorkingHoursArgs } from './therapist.inputs.js';
import { TherapistsRepository, type TherapistWithSchedule } from './therapists.repository.js';

const MAX_TIME_OFF_DAYS = 366;
/** How far ahead new hours are offered to the wait list. */
export const OFFER_HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;

@Injectable()
export class TherapistScheduleService {
  constructor(
    private readonly therapists: TherapistsRepository,
    private readonly clinics: ClinicSettingsRepository,
    private readonly catalog: CatalogRepository,
    private readonly availability: AvailabilityService,
    private readonly waitlist: WaitlistRepository,
    private readonly offers: WaitlistOffersService,
  ) {}

  async setWorkingHours(args: SetWorkingHoursArgs): Promise<TherapistWithSchedule> {
    const blocks = args.hours.map((h) => ({ weekday: h.weekday, start: h.start, end: h.end }));
    // Validate before touching anything: a bad block leaves the previous set in place.
    withInputErrors(() => validateWorkingBlocks(blocks, 'hours'));
    const before = await this.requireTherapist(args.therapistId);
    await this.therapists.replaceWorkingHours(args.therapistId, blocks);
    const after = (await this.therapists.findById(args.therapistId))!;
    await this.offerGrownHours(
      after,
      before.workingHours.map((w) => ({ weekday: w.weekday, start: w.startTime, end: w.endTime })),
      blocks,
    );
    return after;
  }

  /**
   * Hours that grew are time nobody has been offered: the free slots inside the new hours over the
   * next OFFER_HORIZON_DAYS go to the waiting patients they suit, one each, in join order.
   */
  private async offerGrownHours(therapist: TherapistWithSchedule, before: WorkingBlock[], after: WorkingBlock[]): Promise<void> {
    if (!therapist.active) return;
    const clinic = await this.clinics.current();
    const now = Date.now();
    const span = { start: now, end: now + OFFER_HORIZON_DAYS * DAY_MS };
    const grown = subtract(expandWorkingHours(after, clinic.timezone, span), expandWorkingHours(before, clinic.timezone, span));
    if (grown.length === 0) return;
    const slots: FreedSlot[] = [];
    for (const serviceTypeId of await this.waitlist.waitingServiceIds(therapist.id)) {
      const service = await this.catalog.findServiceType(serviceTypeId);
      if (!service?.active) continue;
      const free = await this.availability.slots({
        therapistId: therapist.id,
        serviceTypeId,
        from: new Date(span.start),
        to: new Date(span.end),
      });
      for (const slot of free) {
        const start = slot.startsAt.getTime();
        const end = slot.endsAt.getTime();
        if (!grown.some((g) => g.start <= start && end <= g.end)) continue;
        slots.push({
          therapistId: therapist.id,
          therapistName: therapist.displayName,
          serviceTypeId,
          serviceName: service.name,
          roomId: null,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          freedByPatientId: null,
        });
      }
    }
    slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (slots.length) await this.waitlist.transaction((tx) => this.offers.offerNewTime(tx, slots));
  }

  async addTimeOff(args: AddTimeOffArgs): Promise<TimeOff> {
    if (!(args.endsAt.getTime() > args.startsAt.getTime())) throw BadInputError.field('endsAt', 'must be after startsAt');
    if (args.endsAt.getTime() - args.startsAt.getTime() > MAX_TIME_OFF_DAYS * 86_400_000) {
      throw BadInputError.field('endsAt', `time off can last at most ${MAX_TIME_OFF_DAYS} days; add several periods for longer leave`);
    }
    const therapist = await this.requireTherapist(args.therapistId);
    assertActsFor(therapist.userId, 'time off');
    return this.therapists.addTimeOff({
      therapistId: args.therapistId,
      startsAt: args.startsAt,
      endsAt: args.endsAt,
      reason: args.reason?.trim() ?? '',
    });
  }

  async removeTimeOff(id: string): Promise<TimeOff> {
    const timeOff = await this.therapists.findTimeOff(id);
    if (!timeOff) throw new NotFoundError('TimeOff', id);
    const therapist = await this.requireTherapist(timeOff.therapistId);
    assertActsFor(therapist.userId, 'time off');
    if (!(await this.therapists.removeTimeOff(id))) throw new NotFoundError('TimeOff', id);
    return timeOff;
  }

  private async requireTherapist(id: string): Promise<TherapistWithSchedule> {
    const therapist = await this.therapists.findById(id);
    if (!therapist) throw new NotFoundError('Therapist', id);
    return therapist;
  }
}
