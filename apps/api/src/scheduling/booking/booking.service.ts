// bookSession and bookSeries. The checks pipeline gives precise errors up front; the exclusion
// constraints make the final decision under concurrency, and a loser is told which session won.
import { Injectable } from '@nestjs/common';
import { expandSeries } from '@backtrack/domain';
import { ConflictError, NotFoundError } from '../../common/app-error.js';
import { currentActor } from '../../common/request-context.js';
import { withInputErrors } from '../scheduling.errors.js';
import { SessionsRepository, type SessionRecord } from '../sessions/sessions.repository.js';
import { BookingChecksService, type Placement } from './booking-checks.service.js';
import { bookingError, conflictDetails, overlapError, seriesError } from './booking-errors.js';
import { BookingPartiesService, type Parties } from './booking-parties.service.js';
import { BookingRepository, type NewSession, type SeriesRecord, type WithinWrite } from './booking.repository.js';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
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
    createdById: currentActor().userId,
  };
}

@Injectable()
export class BookingService {
  constructor(
    private readonly parties: BookingPartiesService,
    private readonly checks: BookingChecksService,
    private readonly booking: BookingRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
  ) {}

  async book(input: BookSessionInput): Promise<SessionRecord> {
    this.parties.assertMayOverride(input.overrideReason);
    const replay = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
    if (replay) return this.replayed(replay, input);

    const parties = await this.parties.resolve(input, 'input');
    const placement = placementAt(parties, input.startsAt.getTime());
    const allowOverlap = Boolean(input.overrideReason);
    const { violations, busy } = await this.checks.check(parties.clinic, [placement], { allowOverlap });
    const refused = bookingError(violations[0]!, busy, parties.clinic.timezone, FIELD);
    if (refused) {
      // The same client's concurrent retry may have committed between our key lookup and the checks.
      const winner = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
      if (winner) return this.replayed(winner, input);
      throw refused;
    }

    const episode = { clinicId: parties.clinic.id, patientId: parties.patient.id, region: parties.patient.complaintRegion };
    const outcome = await this.booking.insertSession(newSession(parties, input, placement, input.idempotencyKey ?? null), episode, this.auditOverride(input, parties, 'Session'));
    if (outcome.kind === 'created') return (await this.sessions.findById(outcome.value))!;
    // Lost a race: to the same client's concurrent retry (same key), or to another booking.
    const winner = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
    if (winner) return this.replayed(winner, input);
    throw await this.raceLost(parties, [placement]);
  }

  async bookSeries(input: BookSeriesInput): Promise<SeriesRecord> {
    this.parties.assertMayOverride(input.overrideReason);
    const replay = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
    if (replay) return this.replayedSeries(replay, input);

    const parties = await this.parties.resolve(input, 'input');
    const starts = withInputErrors(() => expandSeries(input.startsAt.getTime(), input.repeat, parties.clinic.timezone), 'input');
    const placements = starts.map((start) => placementAt(parties, start));
    const { violations, busy } = await this.checks.check(parties.clinic, placements, { allowOverlap: Boolean(input.overrideReason) });
    const results = placements.map((p, index) => ({ index, start: p.start, violations: violations[index]! }));
    const refused = seriesError(results, busy, parties.clinic.timezone, FIELD);
    if (refused) {
      // The same client's concurrent retry may have committed between our key lookup and the checks.
      const winner = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
      if (winner) return this.replayedSeries(winner, input);
      throw refused;
    }

    // The key marks the first occurrence; a retry finds it and returns its series.
    const rows = placements.map((p, i) => newSession(parties, input, p, i === 0 ? (input.idempotencyKey ?? null) : null));
    const series = { frequency: input.repeat.frequency, interval: input.repeat.interval, count: input.repeat.count, createdById: currentActor().userId };
    const episode = { clinicId: parties.clinic.id, patientId: parties.patient.id, region: parties.patient.complaintRegion };
    const outcome = await this.booking.insertSeries(series, rows, episode, this.auditOverride(input, parties, 'SessionSeries'));
    if (outcome.kind === 'created') return (await this.booking.findSeries(outcome.value))!;
    const winner = input.idempotencyKey ? await this.sessions.findByIdempotencyKey(input.idempotencyKey) : null;
    if (winner) return this.replayedSeries(winner, input);
    throw await this.raceLost(parties, placements);
  }

  async series(id: string): Promise<SeriesRecord> {
    const series = await this.booking.findSeries(id);
    if (!series) throw new NotFoundError('SessionSeries', id);
    return series;
  }

  /** After the constraint refused us the winner has committed: find it to name it. */
  private async raceLost(parties: Parties, placements: Placement[]): Promise<Error> {
    const { violations, busy } = await this.checks.check(parties.clinic, placements);
    if (placements.length === 1) {
      const conflicts = conflictDetails(violations[0]!, busy);
      return overlapError('Another booking took this time a moment ago', conflicts);
    }
    const results = placements.map((p, index) => ({ index, start: p.start, violations: violations[index]! }));
    return seriesError(results, busy, parties.clinic.timezone, FIELD) ?? new ConflictError('Another booking took one of these times a moment ago; try again', { sessionIds: [] });
  }

  /** An owner's deliberate overlap is recorded in the audit log, committed with the booking. */
  private auditOverride(input: BookSessionInput, parties: Parties, entity: 'Session' | 'SessionSeries'): WithinWrite | undefined {
    if (!input.overrideReason) return undefined;
    return (tx, createdId) => this.audit.record({ action: AuditAction.OVERRIDE, entity, entityId: createdId, patientId: parties.patient.id }, tx);
  }

  /** A retry returns the original, provided it asks for the same booking. */
  private replayed(existing: SessionRecord, input: BookSessionInput): SessionRecord {
    const same =
      existing.patientId === input.patientId &&
      existing.therapistId === input.therapistId &&
      existing.serviceTypeId === input.serviceTypeId &&
      existing.startsAt.getTime() === input.startsAt.getTime();
    if (!same) {
      throw new ConflictError('This idempotency key was already used for a different booking', { field: 'input.idempotencyKey', sessionIds: [existing.id] });
    }
    return existing;
  }

  private async replayedSeries(existing: SessionRecord, input: BookSeriesInput): Promise<SeriesRecord> {
    this.replayed(existing, input);
    const series = existing.seriesId ? await this.booking.findSeries(existing.seriesId) : null;
    if (!series) throw new ConflictError('This idempotency key was already used for a single booking', { field: 'input.idempotencyKey', sessionIds: [existing.id] });
    return series;
  }
}
