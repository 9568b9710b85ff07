import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../../common/app-error.js';
import { pageRequest } from '../../common/graphql/list.args.js';
import { currentActor } from '../../common/request-context.js';
import { loadBatched } from '../../common/request-loaders.js';
import type { TimeOff, WorkingHours } from '../../generated/prisma/client.js';
import { assertActsFor } from '../scheduling-access.js';
import type { TherapistListArgs, UpdateTherapistArgs } from './therapist.inputs.js';
import { TherapistsRepository, type TherapistData, type TherapistWithSchedule } from './therapists.repository.js';

const SORTABLE = ['displayName', 'active', 'createdAt', 'updatedAt'] as const;

@Injectable()
export class TherapistsService {
  constructor(private readonly therapists: TherapistsRepository) {}

  async get(id: string): Promise<TherapistWithSchedule> {
    const therapist = await this.therapists.findById(id);
    if (!therapist) throw new NotFoundError('Therapist', id);
    return therapist;
  }

  list(args: TherapistListArgs): Promise<TherapistWithSchedule[]> {
    return this.therapists.list(args.filter ?? {}, pageRequest(args, SORTABLE, 'displayName'));
  }

  count(args: TherapistListArgs): Promise<number> {
    return this.therapists.count(args.filter ?? {});
  }

  /** A therapist's weekly hours, batched with the request's other therapists (sessions of a day, say). */
  workingHoursOf(therapistId: string): Promise<WorkingHours[]> {
    return loadBatched('therapist.workingHours', therapistId, this.fetchWorkingHours, []);
  }

  /** A therapist's time off still to come, batched like workingHoursOf. */
  timeOffOf(therapistId: string): Promise<TimeOff[]> {
    return loadBatched('therapist.timeOff', therapistId, this.fetchTimeOff, []);
  }

  private readonly fetchWorkingHours = (ids: string[]) => this.therapists.workingHoursOf(ids);
  private readonly fetchTimeOff = (ids: string[]) => this.therapists.timeOffOf(ids);

  /** An owner edits any profile; a therapist edits their own, except whether it is bookable. */
  async update(args: UpdateTherapistArgs): Promise<TherapistWithSchedule> {
    const existing = await this.get(args.id);
    assertActsFor(existing.userId, 'profile');
    if (args.active !== undefined && currentActor().role !== 'OWNER')
      throw new ForbiddenError('Only an owner can activate or deactivate a therapist');
    const data: Partial<TherapistData> = {};
    if (args.displayName !== undefined) data.displayName = args.displayName.trim();
    if (args.credentials !== undefined) data.credentials = args.credentials.trim();
    if (args.modalities !== undefined) data.modalities = [...new Set(args.modalities)];
    if (args.active !== undefined) data.active = args.active;
    const updated = await this.therapists.update(args.id, data);
    if (!updated) throw new NotFoundError('Therapist', args.id);
    return updated;
  }
}
