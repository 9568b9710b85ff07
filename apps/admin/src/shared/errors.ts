// Turns the API's scheduling errors into sentences a receptionist can act on. A CONFLICT carries the
// ids of the sessions in the way; we look them up so the message can say who is busy and when.
import { ApiError, toApiError } from '../providers/graphqlErrors';
import { longDay, inZone, timeRange } from './time';
import type { SessionFieldsFragment as Session } from '../graphql/graphql';

export interface FriendlyError {
  title: string;
  lines: string[];
  /** A patient whose clearance blocks booking: the dialog links to their chart. */
  clearancePatientId?: string;
  hint?: string;
  /** Refused only for overlapping other sessions: an owner may book anyway, with a reason. */
  overlapOnly?: boolean;
}

interface ConflictDetail {
  sessionId: string;
  reason: 'THERAPIST' | 'ROOM' | 'PATIENT';
  startsAt?: string;
}

interface OccurrenceDetail {
  index: number;
  startsAt: string;
  localDate?: string;
  rule: string;
  message: string;
  sessionIds: string[];
}

export type SessionLookup = (ids: string[]) => Promise<Session[]>;

/** Strips the "startsAt: " field prefix the API puts before BAD_USER_INPUT messages. */
export function withoutFieldPrefix(message: string): string {
  return message.replace(/^[\w.[\]]+: /, '');
}

/** "10:00–11:00 with Keiko Sato, plus 15 min recovery": the buffer counts for conflicts, so say so. */
function when(session: Session, zone: string, withWhom?: string): string {
  const range = timeRange(session.startsAt, session.endsAt, zone);
  const buffer = Math.round((Date.parse(session.blockedUntil) - Date.parse(session.endsAt)) / 60000);
  return `${range}${withWhom ? ` with ${withWhom}` : ''}${buffer > 0 ? `, plus ${buffer} min recovery` : ''}`;
}

/** One sentence per session in the way, whatever made it collide (therapist, patient, room). */
export function describeConflicts(conflicts: ConflictDetail[], sessions: Map<string, Session>, zone: string): string[] {
  const reasonsBySession = new Map<string, Set<ConflictDetail['reason']>>();
  for (const c of conflicts) {
    const set = reasonsBySession.get(c.sessionId) ?? new Set();
    set.add(c.reason);
    reasonsBySession.set(c.sessionId, set);
  }
  const lines: string[] = [];
  for (const [id, reasons] of reasonsBySession) {
    const s = sessions.get(id);
    if (!s) {
      const who = [...reasons].map((r) => ({ THERAPIST: 'the therapist', PATIENT: 'the patient', ROOM: 'the room' })[r]).join(' and ');
      lines.push(`Another session of ${who} overlaps this time.`);
      continue;
    }
    if (reasons.has('THERAPIST') && reasons.has('PATIENT')) {
      lines.push(`${s.therapist.displayName} already has a session with ${s.patient.name} then (${when(s, zone)}).`);
    } else if (reasons.has('THERAPIST')) {
      lines.push(`${s.therapist.displayName} already has a session then (${when(s, zone, s.patient.name)}).`);
    } else if (reasons.has('PATIENT')) {
      lines.push(`${s.patient.name} already has a session then (${when(s, zone, s.therapist.displayName)}).`);
    }
    if (reasons.has('ROOM')) {
      lines.push(`${s.room?.name ?? 'The room'} is already in use then (${when(s, zone)}).`);
    }
  }
  return lines;
}

async function lookupAll(ids: string[], lookup: SessionLookup): Promise<Map<string, Session>> {
  try {
    return new Map((await lookup([...new Set(ids)])).map((s) => [s.id, s]));
  } catch {
    return new Map(); // the generic sentences still explain the refusal
  }
}

/**
 * A plain explanation of why booking, a series or a reschedule was refused. `lookup` fetches the
 * sessions a CONFLICT names.
 */
export async function explainBookingError(error: unknown, zone: string, lookup: SessionLookup): Promise<FriendlyError> {
  const apiError: ApiError = toApiError(error);
  const ext = apiError.body?.extensions ?? {};
  const occurrences = Array.isArray(ext.occurrences) ? (ext.occurrences as OccurrenceDetail[]) : null;
  const conflicts = Array.isArray(ext.conflicts) ? (ext.conflicts as ConflictDetail[]) : [];
  const rules = Array.isArray(ext.rules) ? (ext.rules as string[]) : [];
  const overlapOnly = apiError.code === 'CONFLICT' && rules.length > 0 && rules.every((r) => r === 'OVERLAP');

  if (occurrences) {
    const sessions = await lookupAll(
      occurrences.flatMap((o) => o.sessionIds ?? []),
      lookup,
    );
    const byIndex = new Map<number, string[]>();
    for (const o of occurrences) {
      const when = `${longDay(o.localDate ?? inZone(o.startsAt, zone).toISODate()!)}, ${inZone(o.startsAt, zone).toFormat('HH:mm')}`;
      const own = conflicts.filter((c) => o.sessionIds?.includes(c.sessionId));
      const why =
        o.rule === 'OVERLAP' && own.length ? describeConflicts(own, sessions, zone).join(' ') : `${withoutFieldPrefix(o.message)}.`;
      const lines = byIndex.get(o.index) ?? [];
      lines.push(`${when}: ${why}`);
      byIndex.set(o.index, lines);
    }
    const failing = byIndex.size;
    return {
      title: `${failing} ${failing === 1 ? 'occurrence' : 'occurrences'} of this series cannot be booked, so nothing was booked`,
      lines: [...byIndex.values()].flat(),
      hint: 'Choose another start time, fewer occurrences, or book the free dates one by one.',
      overlapOnly: overlapOnly && occurrences.every((o) => o.rule === 'OVERLAP'),
    };
  }

  switch (apiError.code) {
    case 'CONFLICT': {
      const sessions = await lookupAll(
        conflicts.map((c) => c.sessionId),
        lookup,
      );
      const lines = describeConflicts(conflicts, sessions, zone);
      return {
        title: 'That time is no longer free',
        lines: lines.length ? lines : [withoutFieldPrefix(apiError.message)],
        hint: 'Pick another time; the free times have been refreshed.',
        overlapOnly,
      };
    }
    case 'CLEARANCE_REQUIRED':
      return {
        title: 'This patient needs medical clearance before booking',
        lines: ['Their screening reported a contraindication to massage: record a clearance first.'],
        clearancePatientId: typeof ext.patientId === 'string' ? ext.patientId : undefined,
      };
    case 'BAD_USER_INPUT':
      return { title: 'This time cannot be booked', lines: [withoutFieldPrefix(apiError.message)] };
    case 'FORBIDDEN':
      return { title: 'Not allowed', lines: ['You can only book and change your own sessions.'] };
    case 'INVALID_TRANSITION':
      return { title: 'This session has changed', lines: [humanTransition(apiError.message)], hint: 'The schedule has been refreshed.' };
    default:
      return { title: 'Something went wrong', lines: [apiError.message] };
  }
}

const STATUS_WORDS: Record<string, string> = {
  BOOKED: 'booked',
  CHECKED_IN: 'checked in',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  NO_SHOW: 'a no-show',
};

/** "Cannot check in a session that is CANCELLED" -> "Cannot check in a session that is cancelled." */
export function humanTransition(message: string): string {
  return message.replace(/\b(BOOKED|CHECKED_IN|COMPLETED|CANCELLED|NO_SHOW)\b/g, (s) => STATUS_WORDS[s] ?? s).replace(/([^.])$/, '$1.');
}

/** One line for a snackbar, for the simple status changes (check in, no-show). */
export function actionErrorMessage(error: unknown): string {
  const e = toApiError(error);
  if (e.code === 'INVALID_TRANSITION') return humanTransition(e.message);
  if (e.code === 'FORBIDDEN') return 'You can only act on your own sessions.';
  return withoutFieldPrefix(e.message);
}
