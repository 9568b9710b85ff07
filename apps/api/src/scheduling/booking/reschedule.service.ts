// Moving a BOOKED session: the same parties and rules as a new booking, except that the session's own
// current slot is no conflict, and it keeps the length and buffer it was booked with. It may move to
// another therapist, and, for a series, take every later BOOKED occurrence with it by the same local
// offset: all or none, every refused occurrence listed (as bookSeries does).
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AuditAction } from '../../audit/audit-action.js';
import { AuditService } from '../../audit/audit.service.js';
import { ConflictError, type AppError } from '../../common/app-error.js';
import { SessionMessagesService } from '../../reminders/session-messages.service.js';
import { SessionLifecycleService } from '../sessions/session-lifecycle.service.js';
import { RescheduleScope, type RescheduleSessionArgs } from '../sessions/session.inputs.js';
import { SessionsRepository, type SessionRecord, type TransitionData } from '../sessions/sessions.repository.js';
import type { Clinic } from '../../generated/prisma/client.js';
import { BookingChecksService, type CheckResult, type Placement } from './booking-checks.service.js';
import { bookingError, conflictDetails, overlapError, seriesError } from './booking-errors.js';
import { BookingPartiesService } from './booking-parties.service.js';

const FIELD = 'startsAt';

/**
 * Where `from` lands when its series' session moves from `oldStart` to `newStart`: the same number of
 * calendar days and the same change of wall-clock time in the clinic's zone, so a weekly 10:00 stays
 * at the same local time across a daylight-saving change.
 */
export function shiftLocal(from: number, oldStart: number, newStart: number, zone: string): number {
  const before = DateTime.fromMillis(oldStart, { zone });
  const after = DateTime.fromMillis(newStart, { zone });
  const days = Math.round(after.startOf('day').diff(before.startOf('day'), 'days').days);
  const minutes = after.hour * 60 + after.minute - (before.hour * 60 + before.minute);
  return DateTime.fromMillis(from, { zone }).plus({ days }).plus({ minutes }).toMillis();
}

interface Move {
  session: SessionRecord;
  placement: Placement;
}

@Injectable()
export class RescheduleService {
  constructor(
    private readonly lifecycle: SessionLifecycleService,
    private readonly parties: BookingPartiesService,
    private readonly checks: BookingChecksService,
    private readonly sessions: SessionsRepository,
    private readonly sessionMessages: SessionMessagesService,
    private readonly audit: AuditService,
  ) {}

  async reschedule(args: RescheduleSessionArgs): Promise<SessionRecord> {
    const session = await this.lifecycle.loadForAction(args.id);
    this.lifecycle.target(session, 'RESCHEDULE');
    this.parties.assertMayOverride(args.overrideReason);
    const therapistId = args.therapistId ?? session.therapistId;
    // The new therapist is vetted like a booking's: active, and a therapist may only move to themself.
    const parties = await this.parties.resolve(
      { patientId: session.patientId, therapistId, serviceTypeId: session.serviceTypeId, roomId: args.roomId ?? session.roomId },
      '',
      { existingService: true },
    );
    const zone = parties.clinic.timezone;
    const newStart = args.startsAt.getTime();
    const oldStart = session.startsAt.getTime();
    const wholeSeries = args.scope === RescheduleScope.THIS_AND_FOLLOWING && session.seriesId;
    const moving = wholeSeries ? await this.sessions.bookedInSeriesFrom(session.seriesId!, session.startsAt) : [session];
    if (!moving.some((s) => s.id === session.id)) moving.unshift(session);

    const moves: Move[] = moving.map((s) => {
      const start = s.id === session.id ? newStart : shiftLocal(s.startsAt.getTime(), oldStart, newStart, zone);
      const end = start + (s.endsAt.getTime() - s.startsAt.getTime());
      return {
        session: s,
        placement: {
          therapistId,
          roomId: args.roomId ?? s.roomId,
          patientId: s.patientId,
          start,
          end,
          blockedEnd: end + (s.blockedUntil.getTime() - s.endsAt.getTime()),
        },
      };
    });
    const excluded = moves.map((m) => m.session.id);

    const refused = this.refusal(moves, await this.check(parties.clinic, moves, excluded, Boolean(args.overrideReason)), zone);
    if (refused) throw refused;

    // Applied in the direction of travel, so that no occurrence meets another one's old slot on the way.
    const ordered = newStart > oldStart ? [...moves].reverse() : moves;
    const changes = ordered.map(({ session: s, placement: p }) => {
      const data: TransitionData = {
        startsAt: new Date(p.start),
        endsAt: new Date(p.end),
        blockedUntil: new Date(p.blockedEnd),
        roomId: p.roomId,
        therapistId,
        // A new time needs its own justification: an earlier override does not carry over.
        overrideReason: args.overrideReason?.trim() || null,
      };
      // Checked against each session's time as read: a concurrent move of one makes this one stale.
      // The session asked about is expected where it was first read, when the offsets were computed.
      const startsAt = s.id === session.id ? session.startsAt : s.startsAt;
      return { id: s.id, expected: { status: 'BOOKED' as const, startsAt }, data };
    });
    const outcome = await this.sessions.transitionAll(changes, async (tx) => {
      await this.audit.recordMany(
        moves.map(({ session: s, placement: p }) => ({
          action: AuditAction.RESCHEDULE,
          entity: 'Session',
          entityId: s.id,
          patientId: s.patientId,
          fields: [
            'startsAt',
            ...(therapistId !== s.therapistId ? ['therapistId'] : []),
            ...(p.roomId !== s.roomId ? ['roomId'] : []),
            ...(args.overrideReason ? ['overrideReason'] : []),
          ],
        })),
        tx,
      );
      // Every moved session's reminders are withdrawn and planned again for its new time (and therapist).
      for (const { session: s } of moves) await this.sessionMessages.rescheduled(tx, s.id);
    });
    if (outcome === 'stale') throw await this.lifecycle.staleError(session.id, 'RESCHEDULE', session);
    if (outcome === 'overlap') {
      // The constraints refused a booking that committed after our check: name it.
      const again = await this.check(parties.clinic, moves, excluded, false);
      if (moves.length === 1)
        throw overlapError('Another booking took this time a moment ago', conflictDetails(again.violations[0]!, again.busy));
      throw (
        this.refusal(moves, again, zone) ??
        new ConflictError('Another booking took one of these times a moment ago; try again', { sessionIds: [] })
      );
    }
    return (await this.sessions.findById(session.id))!;
  }

  /** The booking rules for every move; placements are grouped by room, since busy time is read per room. */
  private async check(clinic: Clinic, moves: Move[], excluded: string[], allowOverlap: boolean): Promise<CheckResult> {
    const byRoom = new Map<string | null, number[]>();
    moves.forEach((m, i) => byRoom.set(m.placement.roomId, [...(byRoom.get(m.placement.roomId) ?? []), i]));
    const result: CheckResult = { violations: new Array(moves.length), busy: [] };
    for (const indexes of byRoom.values()) {
      const checked = await this.checks.check(
        clinic,
        indexes.map((i) => moves[i]!.placement),
        { excludeSessionId: excluded, allowOverlap },
      );
      indexes.forEach((i, k) => (result.violations[i] = checked.violations[k]!));
      result.busy.push(...checked.busy);
    }
    return result;
  }

  private refusal(moves: Move[], { violations, busy }: CheckResult, zone: string): AppError | null {
    if (moves.length === 1) return bookingError(violations[0]!, busy, zone, FIELD);
    const results = moves.map((m, index) => ({ index, start: m.placement.start, violations: violations[index]! }));
    return seriesError(results, busy, zone, FIELD);
  }
}
