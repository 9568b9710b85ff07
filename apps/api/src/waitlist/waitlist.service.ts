// The wait list as the front desk keeps it: who is waiting for which service, with whom, and when
// they can come. Windows and dates are checked by the domain's rules, naming the item at fault.
import { Injectable } from '@nestjs/common';
import { assertWaitlistWindows, type WaitlistWindow } from '@backtrack/domain';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { parseDateOnly } from '../common/graphql/date-only.js';
import { pageRequest } from '../common/graphql/list.args.js';
import { currentActor } from '../common/request-context.js';
import { isForeignKeyViolation } from '../database/database-errors.js';
import { withInputErrors } from '../scheduling/scheduling.errors.js';
import type { CreateWaitlistEntryInput, WaitlistListArgs } from './waitlist.inputs.js';
import { WaitlistRepository, type WaitlistEntryRecord } from './waitlist.repository.js';

const SORTABLE = ['createdAt', 'status', 'updatedAt'] as const;

function dateField(value: string | undefined, field: string): Date | null {
  if (value === undefined) return null;
  const date = parseDateOnly(value);
  if (!date) throw BadInputError.field(field, 'must be a real date, YYYY-MM-DD');
  return date;
}

@Injectable()
export class WaitlistService {
  constructor(private readonly entries: WaitlistRepository) {}

  async create(input: CreateWaitlistEntryInput): Promise<WaitlistEntryRecord> {
    const windows: WaitlistWindow[] = (input.windows ?? []).map((w) => ({
      weekday: w.weekday,
      startTime: w.startTime,
      endTime: w.endTime,
    }));
    withInputErrors(() => assertWaitlistWindows(windows, 'windows'), 'input');
    const earliestDate = dateField(input.earliestDate, 'input.earliestDate');
    const latestDate = dateField(input.latestDate, 'input.latestDate');
    if (earliestDate && latestDate && latestDate < earliestDate) {
      throw BadInputError.field('input.latestDate', 'must not be before earliestDate');
    }
    try {
      return await this.entries.create({
        patientId: input.patientId,
        serviceTypeId: input.serviceTypeId,
        therapistId: input.therapistId ?? null,
        windows: windows.map((w) => ({ ...w })),
        earliestDate,
        latestDate,
        notes: input.notes?.trim() ?? '',
        createdById: currentActor().userId,
      });
    } catch (error) {
      // The composite foreign keys hold the ids to this clinic: another clinic's id is "not found".
      if (isForeignKeyViolation(error))
        throw BadInputError.field('input', 'The patient, service or therapist was not found in this clinic');
      throw error;
    }
  }

  async get(id: string): Promise<WaitlistEntryRecord> {
    const entry = await this.entries.findById(id);
    if (!entry) throw new NotFoundError('WaitlistEntry', id);
    return entry;
  }

  async delete(id: string): Promise<WaitlistEntryRecord> {
    const entry = await this.get(id);
    if (!(await this.entries.delete(id))) throw new NotFoundError('WaitlistEntry', id);
    return entry;
  }

  list(args: WaitlistListArgs): Promise<WaitlistEntryRecord[]> {
    return this.entries.list(args.filter ?? {}, pageRequest({ sortOrder: 'ASC', ...args }, SORTABLE, 'createdAt'));
  }

  count(args: WaitlistListArgs): Promise<number> {
    return this.entries.count(args.filter ?? {});
  }
}
