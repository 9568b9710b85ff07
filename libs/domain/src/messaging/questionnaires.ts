// When a patient is asked to fill in their questionnaires at home: before the first visit of an
// episode (the baseline), after every N completed sessions, at discharge (or once they have stopped
// coming) and months after it, to see whether the effect lasts. Each request is answered once within
// its window, with at most two reminders; every time is read on the clinic's clock and kept out of
// its quiet hours, so a DST change moves nothing a patient would notice.
import { DateTime } from 'luxon';
import { INSTRUMENT_CODES, type Instrument } from '../instruments/index.js';
import { assertZone } from '../scheduling/local-date.js';
import { outsideQuietHours, type QuietHours } from './reminders.js';

export type ComplaintRegion = 'LOWER_BACK' | 'MID_BACK' | 'UPPER_BACK' | 'NECK';
export const COMPLAINT_REGIONS: readonly ComplaintRegion[] = ['LOWER_BACK', 'MID_BACK', 'UPPER_BACK', 'NECK'];

export type QuestionnaireOccasion = 'BASELINE' | 'PROGRESS' | 'DISCHARGE' | 'FOLLOW_UP';

export interface QuestionnaireSchedule {
  /** The instruments asked per complaint region (an empty list: none for that region). */
  instrumentsByRegion: Record<ComplaintRegion, Instrument[]>;
  /** A progress request after every this many completed sessions of an episode. */
  everySessions: number;
  /** Months after discharge (or after the last visit of a patient who stopped coming) of the follow-up. */
  followUpMonths: number;
}

/** Oswestry for the low back, the Neck Disability Index for the neck, PSFS where no region-specific index fits; NPRS everywhere. */
export const DEFAULT_QUESTIONNAIRE_SCHEDULE: QuestionnaireSchedule = {
  instrumentsByRegion: { LOWER_BACK: ['ODI', 'NPRS'], MID_BACK: ['PSFS', 'NPRS'], UPPER_BACK: ['PSFS', 'NPRS'], NECK: ['NDI', 'NPRS'] },
  everySessions: 4,
  followUpMonths: 3,
};

export const QUESTIONNAIRE_LIMITS = {
  everySessions: { min: 1, max: 52 },
  followUpMonths: { min: 1, max: 24 },
  instrumentsPerRegion: { max: 3 },
} as const;

/** The baseline goes out at most this long before the first visit. */
export const BASELINE_LEAD_HOURS = 72;
/** How long any other request can be answered. */
export const ANSWER_WINDOW_DAYS = 7;
/** Days after the request when its (at most two) reminders go out, while it is unanswered. */
export const QUESTIONNAIRE_REMINDER_DAYS = [2, 4] as const;
/** Hours before the first visit when the baseline's reminders go out, while it is unanswered. */
export const BASELINE_REMINDER_HOURS_BEFORE = [48, 24] as const;
/** A baseline's reminder waits at least this long after the request itself. */
const BASELINE_REMINDER_MARGIN_HOURS = 12;
/** A patient with no visit for this long and none booked has stopped coming: they get the discharge requests. */
export const STOPPED_COMING_AFTER_DAYS = 30;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface PlannedQuestionnaire {
  occasion: QuestionnaireOccasion;
  /** PROGRESS: the completed-session count that triggered it; 0 otherwise. */
  sequence: number;
  sendAt: number;
  expiresAt: number;
  /** When to remind the patient, if still unanswered; each before expiresAt. */
  reminderAts: number[];
}

export type EpisodeEvent =
  /** The first visit of an episode is booked (or moved): its baseline is due before it. */
  | { kind: 'FIRST_VISIT'; startsAt: number }
  /** A session was completed; `completedCount` counts the episode's completed sessions including it. */
  | { kind: 'SESSION_COMPLETED'; completedCount: number; at: number }
  /** The clinician discharged the episode. */
  | { kind: 'DISCHARGED'; at: number }
  /** No visit since `lastVisitAt` and none booked (see stoppedComing). */
  | { kind: 'STOPPED_COMING'; lastVisitAt: number };

export interface PlanContext {
  schedule: QuestionnaireSchedule;
  zone: string;
  quiet: QuietHours;
  now: number;
}

/** Reminders `days` after `sendAt`, out of quiet hours, dropping any at or past `latest`. */
function remindersOf(sendAt: number, latest: number, ctx: PlanContext): number[] {
  const out: number[] = [];
  for (const days of QUESTIONNAIRE_REMINDER_DAYS) {
    const at = outsideQuietHours(sendAt + days * DAY_MS, ctx.quiet, ctx.zone);
    if (at < latest && !out.includes(at)) out.push(at);
  }
  return out;
}

function windowed(occasion: QuestionnaireOccasion, sequence: number, due: number, ctx: PlanContext): PlannedQuestionnaire {
  const sendAt = outsideQuietHours(Math.max(due, ctx.now), ctx.quiet, ctx.zone);
  const expiresAt = sendAt + ANSWER_WINDOW_DAYS * DAY_MS;
  return { occasion, sequence, sendAt, expiresAt, reminderAts: remindersOf(sendAt, expiresAt, ctx) };
}

/** The same local wall time `months` later on the clinic's clock (so 09:00 stays 09:00 across DST). */
export function addLocalMonths(instant: number, months: number, zone: string): number {
  return DateTime.fromMillis(instant, { zone: assertZone(zone) })
    .plus({ months })
    .toMillis();
}

/**
 * The requests an episode event makes due. The baseline is sent BASELINE_LEAD_HOURS before the first
 * visit (or at once when booked later than that) and expires when the visit starts: answered after
 * it, it would not be a baseline. None is planned when quiet hours leave no time before the visit.
 * The caller stores each request once per (episode, occasion, sequence), so a repeated event is harmless.
 */
export function questionnairesDue(event: EpisodeEvent, ctx: PlanContext): PlannedQuestionnaire[] {
  switch (event.kind) {
    case 'FIRST_VISIT': {
      if (event.startsAt <= ctx.now) return [];
      const sendAt = outsideQuietHours(Math.max(event.startsAt - BASELINE_LEAD_HOURS * HOUR_MS, ctx.now), ctx.quiet, ctx.zone);
      if (sendAt >= event.startsAt) return [];
      // Its window is short: reminders 2 days and 1 day before the visit, not after the request.
      const reminderAts = BASELINE_REMINDER_HOURS_BEFORE.map((hours) =>
        outsideQuietHours(event.startsAt - hours * HOUR_MS, ctx.quiet, ctx.zone),
      )
        .filter((at) => at - sendAt >= BASELINE_REMINDER_MARGIN_HOURS * HOUR_MS && event.startsAt - at >= 2 * HOUR_MS)
        .filter((at, i, all) => all.indexOf(at) === i);
      return [{ occasion: 'BASELINE', sequence: 0, sendAt, expiresAt: event.startsAt, reminderAts }];
    }
    case 'SESSION_COMPLETED': {
      const every = ctx.schedule.everySessions;
      if (event.completedCount < every || event.completedCount % every !== 0) return [];
      return [windowed('PROGRESS', event.completedCount, event.at, ctx)];
    }
    case 'DISCHARGED':
      return [
        windowed('DISCHARGE', 0, event.at, ctx),
        windowed('FOLLOW_UP', 0, addLocalMonths(event.at, ctx.schedule.followUpMonths, ctx.zone), ctx),
      ];
    case 'STOPPED_COMING':
      // Asked now how they are; the follow-up counts from their last visit, as it would from a discharge.
      return [
        windowed('DISCHARGE', 0, ctx.now, ctx),
        windowed('FOLLOW_UP', 0, addLocalMonths(event.lastVisitAt, ctx.schedule.followUpMonths, ctx.zone), ctx),
      ];
  }
}

/** A patient has stopped coming when their last visit is STOPPED_COMING_AFTER_DAYS old and nothing is booked. */
export function stoppedComing(lastVisitAt: number | null, nextBookedAt: number | null, now: number): boolean {
  return lastVisitAt !== null && nextBookedAt === null && now - lastVisitAt >= STOPPED_COMING_AFTER_DAYS * DAY_MS;
}

export interface ScheduleIssue {
  field: string;
  message: string;
}

/** Every problem with a clinic's questionnaire schedule, each naming its field; empty when valid. */
export function validateQuestionnaireSchedule(schedule: QuestionnaireSchedule): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const { everySessions, followUpMonths } = QUESTIONNAIRE_LIMITS;
  if (
    !Number.isInteger(schedule.everySessions) ||
    schedule.everySessions < everySessions.min ||
    schedule.everySessions > everySessions.max
  ) {
    issues.push({ field: 'everySessions', message: `must be a whole number from ${everySessions.min} to ${everySessions.max}` });
  }
  if (
    !Number.isInteger(schedule.followUpMonths) ||
    schedule.followUpMonths < followUpMonths.min ||
    schedule.followUpMonths > followUpMonths.max
  ) {
    issues.push({ field: 'followUpMonths', message: `must be a whole number from ${followUpMonths.min} to ${followUpMonths.max}` });
  }
  for (const region of COMPLAINT_REGIONS) {
    const list = schedule.instrumentsByRegion[region] ?? [];
    const field = `instruments.${region}`;
    if (list.some((code) => !INSTRUMENT_CODES.includes(code))) issues.push({ field, message: 'names an unknown instrument' });
    else if (new Set(list).size !== list.length) issues.push({ field, message: 'names an instrument twice' });
    else if (list.length > QUESTIONNAIRE_LIMITS.instrumentsPerRegion.max) {
      issues.push({
        field,
        message: `at most ${QUESTIONNAIRE_LIMITS.instrumentsPerRegion.max} instruments, to keep it short for the patient`,
      });
    }
  }
  return issues;
}

/** The schedule stored as JSON by region, read leniently: a region missing or malformed gets the default. */
export function instrumentsByRegionOf(stored: unknown): Record<ComplaintRegion, Instrument[]> {
  const out = { ...DEFAULT_QUESTIONNAIRE_SCHEDULE.instrumentsByRegion };
  if (stored && typeof stored === 'object') {
    for (const region of COMPLAINT_REGIONS) {
      const list = (stored as Record<string, unknown>)[region];
      if (Array.isArray(list)) out[region] = list.filter((c): c is Instrument => INSTRUMENT_CODES.includes(c as Instrument));
    }
  }
  return out;
}
