// bookSession and bookSeries, one path for both. The checks pipeline gives precise errors up front;
// the exclusion constraints make the final decision under concurrency, and a loser is told which session won.
import { Injectable } from '@nestjs/common';
import { expandSeries, type BookingViolation } from '@backtrack/domain';
import { ConflictError, NotFoundError, type AppError } from '../../common/app-error.js';
import { currentActor, currentStaff } from '../../common/request-context.js';
import { withInputErrors } from '../scheduling.errors.js';
import { SessionsRepository, type SessionRecord } from '../sessions/sessions.repository.js';
import { BookingChecksService, type CheckResult, type Placement } from './booking-checks.service.js';
import { bookingError, conflictDetails, overlapError, seriesError, type OccurrenceResult } from './booking-errors.js';
import { BookingPartiesService, type Parties } from './booking-parties.service.js';
import { BookingRepository, type InsertOutcome, type NewSession, type SeriesRecord, type WithinWrite } from './booking.repository.js';
import type { OpenEpisodeRequest } from '../../episodes/open-episode.repository.js';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { SessionMessagesService } from '../../reminders/session-messages.service.js';
import type { BookSeriesInput, BookSessionInput } from './booking.inputs.js';

const MINUTE_MS = 60_000;
const FIELD = 'input.startsAt';

function placementAt(parties: Parties, start: number): Placement {
  const end = start + parties.serviceType.durationMinutes * MINUTE_MS;
  return {
    therapistId: parties.therapist.id,
    roomId: parties.room?.id ?? null,
    patientId: parties.patient.id,
    start,
    end,
    blockedEnd: end + parties.serviceType.bufferMinutes * MINUTE_MS,
  };
}

function newSession(parties: Parties, input: BookSessionInput, p: Placement, idempotencyKey: string | null): NewSession {
  return {
    patientId: p.patientId,
    therapistId: p.therapistId,
    serviceTypeId: parties.serviceType.id,
    roomId: p.roomId,
    episodeId: parties.episodeId,
    startsAt: new Date(p.start),
    endsAt: new Date(p.end),
    blockedUntil: new Date(p.blockedEnd),
    notes: input.notes?.trim() ?? '',
    idempotencyKey,
    overrideReason: input.overrideReason?.trim() || null,
    createdById: currentStaff()?.userId ?? null,
  };
}

function occurrences(placements: Placement[], violations: BookingViolation[][]): OccurrenceResult[] {
  return placements.map((p, index) => ({ index, start: p.start, violations: violations[index]! }));
}

/** What a single booking and a series do differently; everything else is one path (BookingService.place). */
interface BookingShape<T, C> {
  entity: 'Session' | 'SessionSeries';
  starts(parties: Parties): number[];
  refusal(placements: Placement[], checked: CheckResult, zone: string): AppError | null;
  insert(
    parties: Parties,
    placements: Placement[],
    episode: OpenEpisodeRequest,
    within: WithinWrite | undefined,
  ): Promise<InsertOutcome<C>>;
  /** What the mutation answers, from what the insert returned. */
  answer(created: C, parties: Parties): Promise<T>;
  /** The booking an idempotency key already made, if it matches this request. */
  replayed(existing: SessionRecord): Promise<T>;
}

@Injectable()
export class BookingService {
  constructor(
    private readonly parties: BookingPartiesService,
    private readonly checks: BookingChecksService,
    private readonly booking: BookingRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly sessionMessages: SessionMessagesService,
  ) {}

  /** `within` runs in the booking's transaction with the new session's id (e.g. a wait-list claim recorded with it). */
  book(input: BookSessionInput, within?: WithinWrite): Promise<SessionRecord> {
    return this.place(input, {
      entity: 'Session',
      starts: () => [input.startsAt.getTime()],
      refusal: (_placements, { violations, busy }, zone) => bookingError(violations[0]!, busy, zone, FIELD),
      insert: (parties, [placement], episode, after) =>
        this.booking.insertSession(newSession(parties, input, placement!, input.idempotencyKey ?? null), episode, async (tx, id) => {
          await after?.(tx, id);
          await within?.(tx, id);
        }),
      // The row as committed, with the parties already read and checked, rather than read back with
      // its relations after the commit.
      answer: async (session, parties) => ({
        ...session,
        patient: parties.patient,
        therapist: parties.therapist,
        serviceType: parties.serviceType,
        room: parties.room,
      }),
      replayed: async (existing) => this.replayed(existing, input),
    });
  }

  bookSeries(input: BookSeriesInput): Promise<SeriesRecord> {
    return this.place(input, {
      entity: 'SessionSeries',
      starts: (parties) => withInputErrors(() => expandSeries(input.startsAt.getTime(), input.repeat, parties.clinic.timezone), 'input'),
      refusal: (placements, { violations, busy }, zone) => seriesError(occurrences(placements, violations), busy, zone, FIELD),
      insert: (parties, placements, episode, within) => {
        // The key marks the first occurrence; a retry finds it and returns its series.
        const rows = placements.map((p, i) => newSession(parties, input, p, i === 0 ? (input.idempotencyKey ?? null) : null));
        const series = {
          frequency: input.repeat.frequency,
          interval: input.repeat.interval,
          count: input.repeat.count,
          createdById: currentActor().userId,
        };
        return this.booking.insertSeries(series, rows, episode, within);
      },
      answer: async (id) => (await this.booking.findSeries(id))!,
      replayed: (existing) => this.replayedSeries(existing, input),
    });
  }

  async series(id: string): Promise<SeriesRecord> {
    const series = await this.booking.findSeries(id);
    if (!series) throw new NotFoundError('SessionSeries', id);
    return series;
  }

  /**
   * The one booking path. The checks pipeline gives precise errors up front; the exclusion constraints
   * decide under concurrency. An idempotency key is looked up before, after a refusal and after a lost
   * race, since the same client's concurrent retry may have committed in between.
   */
  private async place<T, C>(input: BookSessionInput, shape: BookingShape<T, C>): Promise<T> {
    this.parties.assertMayOverride(input.overrideReason);
    const replay = async (): Promise<T | null> => {
      const existing = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
      return existing ? shape.replayed(existing) : null;
    };
    const first = await replay();
    if (first) return first;

    const parties = await this.parties.resolve(input, 'input');
    const placements = shape.starts(parties).map((start) => placementAt(parties, start));
    const checked = await this.checks.check(parties.clinic, placements, { allowOverlap: Boolean(input.overrideReason) });
    const refused = shape.refusal(placements, checked, parties.clinic.timezone);
    if (refused) {
      const winner = await replay();
      if (winner) return winner;
      throw refused;
    }

    const episode = { clinicId: parties.clinic.id, patientId: parties.patient.id, region: parties.patient.complaintRegion };
    const outcome = await shape.insert(parties, placements, episode, this.afterWrite(input, parties, shape.entity));
    if (outcome.kind === 'created') return shape.answer(outcome.value, parties);
    // Lost a race: to the same client's concurrent retry (same key), or to another booking.
    const winner = await replay();
    if (winner) return winner;
    throw await this.raceLost(parties, placements);
  }

  /** After the constraint refused us the winner has committed: find it to name it. */
  private async raceLost(parties: Parties, placements: Placement[]): Promise<Error> {
    const { violations, busy } = await this.checks.check(parties.clinic, placements);
    if (placements.length === 1) {
      const conflicts = conflictDetails(violations[0]!, busy);
      return overlapError('Another booking took this time a moment ago', conflicts);
    }
    return (
      seriesError(occurrences(placements, violations), busy, parties.clinic.timezone, FIELD) ??
      new ConflictError('Another booking took one of these times a moment ago; try again', { sessionIds: [] })
    );
  }

  /** Committed with the booking: its reminders, its audit event, and that of an override. */
  private afterWrite(input: BookSessionInput, parties: Parties, entity: 'Session' | 'SessionSeries'): WithinWrite {
    const audit = this.auditOverride(input, parties, entity);
    return async (tx, createdId) => {
      await this.audit.record({ action: AuditAction.BOOK, entity, entityId: createdId, patientId: parties.patient.id }, tx);
      await audit?.(tx, createdId);
      if (entity === 'Session') await this.sessionMessages.booked(tx, [createdId]);
      else await this.sessionMessages.bookedSeries(tx, createdId);
    };
  }

  /** An owner's deliberate overlap is recorded in the audit log, committed with the booking. */
  private auditOverride(input: BookSessionInput, parties: Parties, entity: 'Session' | 'SessionSeries'): WithinWrite | undefined {
    if (!input.overrideReason) return undefined;
    return (tx, createdId) =>
      this.audit.record({ action: AuditAction.OVERRIDE, entity, entityId: createdId, patientId: parties.patient.id }, tx);
  }

  /** A retry returns the original, provided it asks for the same booking. */
  private replayed(existing: SessionRecord, input: BookSessionInput): SessionRecord {
    const same =
      existing.patientId === input.patientId &&
      existing.therapistId === input.therapistId &&
      existing.serviceTypeId === input.serviceTypeId &&
      existing.startsAt.getTime() === input.startsAt.getTime();
    if (!same) {
      throw new ConflictError('This idempotency key was already used for a different booking', {
        field: 'input.idempotencyKey',
        sessionIds: [existing.id],
      });
    }
    return existing;
  }

  private async replayedSeries(existing: SessionRecord, input: BookSeriesInput): Promise<SeriesRecord> {
    this.replayed(existing, input);
    const series = existing.seriesId ? await this.booking.findSeries(existing.seriesId) : null;
    if (!series)
      throw new ConflictError('This idempotency key was already used for a single booking', {
        field: 'input.idempotencyKey',
        sessionIds: [existing.id],
      });
    return series;
  }
}
