// A therapist's weekly working hours and time off: the inputs of availability and booking checks.
import { Injectable } from '@nestjs/common';
import { validateWorkingBlocks } from '@backtrack/domain';
import { BadInputError, NotFoundError } from '../../common/app-error.js';
import type { TimeOff } from '../../generated/prisma/client.js';
import { assertActsFor } from '../scheduling-access.js';
import { withInputErrors } from '../scheduling.errors.js';
import type { AddTimeOffArgs, SetWorkingHoursArgs } from './therapist.inputs.js';
import { TherapistsRepository, type TherapistWithSchedule } from './therapists.repository.js';

const MAX_TIME_OFF_DAYS = 366;

@Injectable()
export class TherapistScheduleService {
  constructor(private readonly therapists: TherapistsRepository) {}

  async setWorkingHours(args: SetWorkingHoursArgs): Promise<TherapistWithSchedule> {
    const blocks = args.hours.map((h) => ({ weekday: h.weekday, start: h.start, end: h.end }));
    // Validate before touching anything: a bad block leaves the previous set in place.
    withInputErrors(() => validateWorkingBlocks(blocks, 'hours'));
    await this.requireTherapist(args.therapistId);
    await this.therapists.replaceWorkingHours(args.therapistId, blocks);
    return (await this.therapists.findById(args.therapistId))!;
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
