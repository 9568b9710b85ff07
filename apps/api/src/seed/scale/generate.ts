// The rows of one clinic of a scale seed, as COPY text lines per table, drawn from the clinic's own
// PRNG stream (deterministic for a seed and a `now`). The schedule is built per therapist on a grid of
// one-hour slots inside their working hours (treatment plus buffer fit in the hour); an episode holds
// one slot position for its weekly series and its monthly maintenance, so no therapist, room (one per
// therapist) or patient (one episode at a time) is ever double-booked. See presets.ts for the
// distributions.
import { scoreResponses, type Instrument } from '@backtrack/domain';
import { DateTime } from 'luxon';
import { copyLine, type CopyValue } from './copy-text.js';
import { CITIES, FIRST_NAMES, GOALS, LAST_NAMES, PLANS, PSFS_ACTIVITIES, RESPONSES } from './names.js';
import {
  CANCELLED_SHARE,
  CHRONICITY,
  COMPLAINT_REGIONS,
  FOLLOW_UP_ANSWER_RATE,
  LATE_CANCEL_SHARE,
  MAINTENANCE_SHARE,
  MAINTENANCE_VISITS,
  MESSAGE_WINDOW_DAYS,
  NO_SHOW_SHARE,
  NOTE_WINDOW_DAYS,
  PATIENT_REPORTED_SHARE,
  PROGRESS_EVERY,
  QUESTIONNAIRE_ANSWER_RATE,
  TRAJECTORIES,
  TRAJECTORY_CHANGE,
  WEEKLY_SESSIONS,
  type ScalePreset,
  type Trajectory,
} from './presets.js';
import { Rng } from './prng.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Tables in the order they are loaded (foreign keys first), with the columns each COPY writes. */
export const TABLE_COLUMNS = {
  Clinic: ['id', 'name', 'timezone', 'address', 'createdAt', 'updatedAt'],
  User: ['id', 'clinicId', 'email', 'name', 'role', 'passwordHash', 'createdAt', 'updatedAt'],
  Therapist: ['id', 'clinicId', 'userId', 'displayName', 'credentials', 'modalities', 'createdAt', 'updatedAt'],
  WorkingHours: ['id', 'clinicId', 'therapistId', 'weekday', 'startTime', 'endTime'],
  Room: ['id', 'clinicId', 'name', 'createdAt', 'updatedAt'],
  ServiceType: ['id', 'clinicId', 'name', 'modality', 'durationMinutes', 'bufferMinutes', 'createdAt', 'updatedAt'],
  Patient: [
    'id',
    'clinicId',
    'firstName',
    'lastName',
    'dateOfBirth',
    'email',
    'phone',
    'preferredChannel',
    'emailConsent',
    'smsConsent',
    'complaintRegion',
    'clearanceStatus',
    'createdAt',
    'updatedAt',
  ],
  Screening: [
    'id',
    'clinicId',
    'patientId',
    'recordedById',
    'acuteInjury',
    'suspectedFracture',
    'severeNerveSymptoms',
    'recentSpinalSurgery',
    'formVersion',
    'answers',
    'recordedAt',
  ],
  EpisodeOfCare: ['id', 'clinicId', 'patientId', 'region', 'chronicity', 'goal', 'startedAt', 'dischargedAt', 'dischargeNote'],
  SessionSeries: ['id', 'clinicId', 'frequency', 'interval', 'count', 'createdById', 'createdAt'],
  Session: [
    'id',
    'clinicId',
    'patientId',
    'therapistId',
    'serviceTypeId',
    'roomId',
    'episodeId',
    'seriesId',
    'startsAt',
    'endsAt',
    'blockedUntil',
    'status',
    'cancelReason',
    'lateCancel',
    'cancelledAt',
    'checkedInAt',
    'completedAt',
    'noShowAt',
    'confirmedAt',
    'createdById',
    'createdAt',
    'updatedAt',
  ],
  TreatmentNote: [
    'id',
    'clinicId',
    'sessionId',
    'rootId',
    'authorId',
    'subjective',
    'objective',
    'techniques',
    'regions',
    'pressure',
    'patientResponse',
    'plan',
    'nextStep',
    'createdAt',
  ],
  QuestionnaireRequest: [
    'id',
    'clinicId',
    'patientId',
    'episodeId',
    'occasion',
    'sequence',
    'sessionId',
    'instruments',
    'sendAt',
    'expiresAt',
    'status',
    'statusReason',
    'answeredAt',
    'createdAt',
    'updatedAt',
  ],
  Assessment: [
    'id',
    'clinicId',
    'rootId',
    'patientId',
    'episodeId',
    'sessionId',
    'instrument',
    'responses',
    'itemLabels',
    'score',
    'normalized',
    'scoreExact',
    'normalizedExact',
    'takenAt',
    'source',
    'recordedById',
    'questionnaireRequestId',
    'createdAt',
  ],
  Message: [
    'id',
    'clinicId',
    'patientId',
    'sessionId',
    'kind',
    'channel',
    'to',
    'subject',
    'text',
    'sendAt',
    'status',
    'statusReason',
    'providerResult',
    'attempts',
    'sentAt',
    'questionnaireRequestId',
    'createdAt',
    'updatedAt',
  ],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

export type ClinicRows = Record<TableName, string[]>;

export interface GenerateContext {
  seed: number;
  now: Date;
  preset: ScalePreset;
  passwordHash: string;
}

const SERVICES = [
  { name: 'Deep tissue massage (50 min)', modality: 'DEEP_TISSUE', duration: 50, buffer: 10 },
  { name: 'Myofascial release (50 min)', modality: 'MYOFASCIAL_RELEASE', duration: 50, buffer: 10 },
  { name: 'Swedish massage (45 min)', modality: 'SWEDISH', duration: 45, buffer: 15 },
  { name: 'Trigger point therapy (30 min)', modality: 'TRIGGER_POINT', duration: 30, buffer: 10 },
  { name: 'Sports massage (50 min)', modality: 'SPORTS', duration: 50, buffer: 10 },
] as const;

const PRESSURE: Record<string, string> = {
  DEEP_TISSUE: 'FIRM',
  MYOFASCIAL_RELEASE: 'MODERATE',
  SWEDISH: 'LIGHT',
  TRIGGER_POINT: 'DEEP',
  SPORTS: 'FIRM',
};

/** Weekly working hours (local, ISO weekday) that therapists are given in turn: 40, 39, 32 and 32 one-hour slots. */
const HOUR_TEMPLATES: { weekday: number; start: number; end: number }[][] = [
  [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: 9, end: 13 },
    { weekday, start: 14, end: 18 },
  ]),
  [
    ...[1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: 8, end: 12 },
      { weekday, start: 13, end: 16 },
    ]),
    { weekday: 6, start: 9, end: 13 },
  ],
  [2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: 10, end: 14 },
    { weekday, start: 15, end: 19 },
  ]),
  [1, 3, 4, 6].flatMap((weekday) => [
    { weekday, start: 9, end: 13 },
    { weekday, start: 14, end: 18 },
  ]),
];

const INSTRUMENTS_BY_REGION: Record<string, Instrument[]> = {
  LOWER_BACK: ['ODI', 'NPRS'],
  NECK: ['NDI', 'NPRS'],
  MID_BACK: ['PSFS', 'NPRS'],
  UPPER_BACK: ['PSFS', 'NPRS'],
};

/** Baseline on the normalized scale (0–100, higher = worse), uniform per instrument. */
const BASELINE: Record<Instrument, [number, number]> = {
  NPRS: [40, 85],
  ODI: [20, 64],
  NDI: [16, 56],
  PSFS: [40, 85],
  PEG: [40, 85],
  RMDQ: [25, 70],
};

const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const d = (ms: number | null) => (ms === null ? null : new Date(ms));

interface Patient {
  id: string;
  index: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  channel: 'EMAIL' | 'SMS' | null;
  region: keyof typeof COMPLAINT_REGIONS;
  createdAt: number;
  episodes: PlacedEpisode[];
}

interface EpisodePlan {
  trajectory: Trajectory;
  weekly: number;
  maintenance: number;
  service: (typeof SERVICES)[number];
}

interface PlacedEpisode {
  plan: EpisodePlan;
  therapist: TherapistRow;
  weekday: number;
  minute: number;
  /** Weeks of the weekly series, then of maintenance visits. */
  weeklyWeeks: number[];
  maintenanceWeeks: number[];
}

interface TherapistRow {
  id: string;
  userId: string;
  roomId: string;
  name: string;
  modalities: string[];
  slots: { weekday: number; minute: number }[];
}

interface SessionRow {
  id: string;
  start: number;
  end: number;
  status: 'BOOKED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  cancelledAt: number | null;
}

export function generateClinic(ctx: GenerateContext, clinicIndex: number): ClinicRows {
  const rng = new Rng(ctx.seed, clinicIndex);
  const { preset } = ctx;
  const now = ctx.now.getTime();
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as unknown as ClinicRows;
  const row = (table: TableName, values: CopyValue[]) => out[table].push(copyLine(values));

  const [city, timezone] = CITIES[clinicIndex % CITIES.length]!;
  const clinicNo = pad(clinicIndex + 1, 2);
  const clinicId = rng.uuid();
  // Week w starts on the Monday `futureWeeks` before the end; the current week is weeks - futureWeeks.
  const pastWeeks = preset.weeks - preset.futureWeeks;
  const thisMonday = DateTime.fromMillis(now, { zone: timezone }).startOf('week');
  const dayStarts = new Float64Array(preset.weeks * 7);
  for (let w = 0; w < preset.weeks; w++) {
    for (let wd = 0; wd < 7; wd++) {
      const local = thisMonday.plus({ weeks: w - pastWeeks, days: wd });
      const noon = DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour: 12 }, { zone: timezone });
      dayStarts[w * 7 + wd] = Date.UTC(local.year, local.month - 1, local.day) - noon.offset * MIN;
    }
  }
  const instant = (week: number, weekday: number, minute: number) => dayStarts[week * 7 + weekday - 1]! + minute * MIN;
  const timelineStart = dayStarts[0]!;
  const setupAt = timelineStart - 60 * DAY;

  row('Clinic', [clinicId, `${city} Back Care ${clinicNo}`, timezone, `${rng.int(1, 999)} Main Street, ${city}`, d(setupAt), d(setupAt)]);
  const domain = `clinic${clinicNo}.scale.backtrack.app`;
  const ownerId = rng.uuid();
  const frontDeskId = rng.uuid();
  row('User', [
    ownerId,
    clinicId,
    `owner@${domain}`,
    `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    'OWNER',
    ctx.passwordHash,
    d(setupAt),
    d(setupAt),
  ]);
  row('User', [
    frontDeskId,
    clinicId,
    `frontdesk@${domain}`,
    `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    'FRONT_DESK',
    ctx.passwordHash,
    d(setupAt),
    d(setupAt),
  ]);

  const services = SERVICES.map((s) => ({ ...s, id: rng.uuid() }));
  for (const s of services) row('ServiceType', [s.id, clinicId, s.name, s.modality, s.duration, s.buffer, d(setupAt), d(setupAt)]);

  const therapists: TherapistRow[] = [];
  for (let t = 0; t < preset.therapistsPerClinic; t++) {
    const userId = rng.uuid();
    const id = rng.uuid();
    const roomId = rng.uuid();
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const modalities = rng.shuffle(SERVICES.map((s) => s.modality as string)).slice(0, 3);
    const hours = HOUR_TEMPLATES[t % HOUR_TEMPLATES.length]!;
    row('User', [userId, clinicId, `therapist${pad(t + 1, 3)}@${domain}`, name, 'THERAPIST', ctx.passwordHash, d(setupAt), d(setupAt)]);
    row('Therapist', [
      id,
      clinicId,
      userId,
      name,
      rng.pick(['LMT', 'LMT, NCBTMB', 'PT, DPT', 'LMT, CMTPT']),
      modalities,
      d(setupAt),
      d(setupAt),
    ]);
    row('Room', [roomId, clinicId, `Room ${pad(t + 1, 3)}`, d(setupAt), d(setupAt)]);
    const slots: TherapistRow['slots'] = [];
    for (const block of hours) {
      row('WorkingHours', [rng.uuid(), clinicId, id, block.weekday, hhmm(block.start), hhmm(block.end)]);
      for (let h = block.start; h < block.end; h++) slots.push({ weekday: block.weekday, minute: h * 60 });
    }
    therapists.push({ id, userId, roomId, name, modalities, slots });
  }

  // Patients, each with a primary therapist.
  const patients: Patient[] = [];
  for (let p = 0; p < preset.patientsPerClinic; p++) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const hasEmail = rng.chance(0.85);
    const hasPhone = !hasEmail || rng.chance(0.75);
    const emailConsent = hasEmail && rng.chance(0.85);
    const smsConsent = hasPhone && rng.chance(0.7);
    const channel = emailConsent && (!smsConsent || rng.chance(0.6)) ? 'EMAIL' : smsConsent ? 'SMS' : null;
    patients.push({
      id: rng.uuid(),
      index: p,
      firstName,
      lastName,
      email: hasEmail
        ? `${firstName.toLowerCase()}.${lastName.toLowerCase().replace(/[^a-z]/g, '')}.${clinicNo}${pad(p, 5)}@example.com`
        : null,
      phone: hasPhone ? `+1617555${pad(rng.int(0, 9999), 4)}` : null,
      channel,
      region: rng.weighted(COMPLAINT_REGIONS),
      createdAt: 0,
      episodes: [],
    });
  }

  // The schedule, therapist by therapist, in time order: a patient asks to start an episode in a week,
  // takes a slot position free for the whole weekly series (or waits up to 6 weeks), and may come back
  // for another episode 2–12 weeks after the last visit.
  for (let t = 0; t < therapists.length; t++) {
    const therapist = therapists[t]!;
    const P = therapist.slots.length;
    const busy = new Uint8Array(P * preset.weeks);
    const queue: { patient: Patient; plan: EpisodePlan; waited: number }[][] = Array.from({ length: preset.weeks }, () => []);
    const drawPlan = (): EpisodePlan => {
      const trajectory = rng.weighted(TRAJECTORIES);
      const [lo, hi] = WEEKLY_SESSIONS[trajectory];
      const maintenance = trajectory === 'improve' && rng.chance(MAINTENANCE_SHARE) ? rng.int(...MAINTENANCE_VISITS) : 0;
      const modality = rng.pick(therapist.modalities);
      const service = SERVICES.find((s) => s.modality === modality)!;
      return { trajectory, weekly: rng.int(lo, hi), maintenance, service };
    };
    for (let p = t; p < patients.length; p += therapists.length) {
      const patient = patients[p]!;
      const arrival = rng.chance(preset.caseload) ? rng.int(0, 3) : rng.int(0, preset.weeks - 2);
      patient.createdAt = instant(arrival, 1, 0) - rng.int(1, 20) * DAY;
      queue[arrival]!.push({ patient, plan: drawPlan(), waited: 0 });
    }
    for (let w = 0; w < preset.weeks; w++) {
      for (const request of queue[w]!) {
        const { plan, patient } = request;
        const weekly = Array.from({ length: plan.weekly }, (_, i) => w + i).filter((x) => x < preset.weeks);
        const offset = rng.int(0, P - 1);
        let position = -1;
        for (let k = 0; k < P && position < 0; k++) {
          const pos = (offset + k) % P;
          if (weekly.every((x) => busy[pos * preset.weeks + x] === 0)) position = pos;
        }
        if (position < 0) {
          if (request.waited < 6 && w + 1 < preset.weeks) queue[w + 1]!.push({ ...request, waited: request.waited + 1 });
          continue;
        }
        for (const x of weekly) busy[position * preset.weeks + x] = 1;
        const last = weekly[weekly.length - 1]!;
        const maintenance: number[] = [];
        for (let m = 1; m <= plan.maintenance; m++) {
          const x = last + 4 * m;
          if (x >= preset.weeks) break;
          if (busy[position * preset.weeks + x] === 0) {
            busy[position * preset.weeks + x] = 1;
            maintenance.push(x);
          }
        }
        const slot = therapist.slots[position]!;
        patient.episodes.push({
          plan,
          therapist,
          weekday: slot.weekday,
          minute: slot.minute,
          weeklyWeeks: weekly,
          maintenanceWeeks: maintenance,
        });
        const end = maintenance.length ? maintenance[maintenance.length - 1]! : last;
        const next = end + rng.int(2, 12);
        if (next < preset.weeks - 1 && rng.chance(preset.returnRate * (plan.trajectory === 'dropout' ? 0.5 : 1))) {
          queue[next]!.push({ patient, plan: drawPlan(), waited: 0 });
        }
      }
    }
  }

  // Rows per patient: the patient, a screening before the first visit, and each episode's sessions,
  // assessments, questionnaires and messages.
  for (const patient of patients) {
    const consented = patient.channel !== null;
    const to = patient.channel === 'EMAIL' ? patient.email : patient.phone;
    const episodes = patient.episodes;
    const firstBooking = episodes.length
      ? bookingTime(rng, instant(episodes[0]!.weeklyWeeks[0]!, episodes[0]!.weekday, episodes[0]!.minute), now)
      : null;
    const createdAt = Math.min(patient.createdAt, firstBooking ?? patient.createdAt);
    row('Patient', [
      patient.id,
      clinicId,
      patient.firstName,
      patient.lastName,
      `${rng.int(1945, 2005)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
      patient.email,
      patient.phone,
      patient.channel,
      patient.channel === 'EMAIL',
      patient.channel === 'SMS',
      patient.region,
      episodes.length ? 'NOT_REQUIRED' : 'NOT_SCREENED',
      d(createdAt),
      d(createdAt),
    ]);
    if (firstBooking !== null) {
      row('Screening', [
        rng.uuid(),
        clinicId,
        patient.id,
        frontDeskId,
        false,
        false,
        false,
        false,
        1,
        { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false },
        d(firstBooking),
      ]);
    }

    const message = (m: {
      kind: string;
      sessionId?: string | null;
      requestId?: string | null;
      subject: string;
      text: string;
      sendAt: number;
      status: string;
    }) => {
      const sent = m.status === 'SENT';
      row('Message', [
        rng.uuid(),
        clinicId,
        patient.id,
        m.sessionId ?? null,
        m.kind,
        patient.channel,
        to,
        m.subject,
        m.text,
        d(m.sendAt),
        m.status,
        m.status === 'CANCELLED' ? 'Session cancelled' : null,
        sent ? 'outbox' : null,
        sent ? 1 : 0,
        sent ? d(m.sendAt + MIN) : null,
        m.requestId ?? null,
        d(Math.min(m.sendAt, now)),
        d(Math.min(m.sendAt + MIN, now)),
      ]);
    };

    for (let e = 0; e < episodes.length; e++) {
      const ep = episodes[e]!;
      const { plan, therapist } = ep;
      const episodeId = rng.uuid();
      const firstStart = instant(ep.weeklyWeeks[0]!, ep.weekday, ep.minute);
      const booked = e === 0 ? firstBooking! : bookingTime(rng, firstStart, now);
      const instruments = INSTRUMENTS_BY_REGION[patient.region]!;
      const baseline = new Map(instruments.map((i) => [i, rng.between(...BASELINE[i])]));
      const change = rng.between(...TRAJECTORY_CHANGE[plan.trajectory]);
      const labels = rng.shuffle([...PSFS_ACTIVITIES]).slice(0, 3);

      // Sessions: one weekly series, then maintenance every 4 weeks.
      const sessions: SessionRow[] = [];
      const phases: [number[], string, number][] = [[ep.weeklyWeeks, 'WEEKLY', 1]];
      if (ep.maintenanceWeeks.length) phases.push([ep.maintenanceWeeks, 'WEEKLY', 4]);
      for (const [weeks, frequency, interval] of phases) {
        const seriesId = rng.uuid();
        const seriesBooked = weeks === ep.weeklyWeeks ? booked : bookingTime(rng, instant(weeks[0]!, ep.weekday, ep.minute), now);
        row('SessionSeries', [seriesId, clinicId, frequency, interval, weeks.length, frontDeskId, d(seriesBooked)]);
        for (const week of weeks) {
          const start = instant(week, ep.weekday, ep.minute);
          const end = start + plan.service.duration * MIN;
          const r = rng.float();
          let status: SessionRow['status'];
          let cancelledAt: number | null = null;
          let lateCancel = false;
          if (r < CANCELLED_SHARE) {
            status = 'CANCELLED';
            lateCancel = rng.chance(LATE_CANCEL_SHARE);
            cancelledAt = lateCancel ? start - rng.int(60, 20 * 60) * MIN : start - rng.int(2, 10) * DAY;
            if (cancelledAt > now) {
              // Still to come: cancelled in the last few days (late only if that was within 24 h, below).
              cancelledAt = now - rng.int(10, 4 * 24 * 60) * MIN;
            }
            cancelledAt = Math.max(cancelledAt, seriesBooked + MIN);
            lateCancel = start - cancelledAt < DAY;
          } else if (start > now) status = 'BOOKED';
          else if (end > now) status = 'CHECKED_IN';
          else status = r < CANCELLED_SHARE + NO_SHOW_SHARE ? 'NO_SHOW' : 'COMPLETED';
          const id = rng.uuid();
          const checkedInAt = status === 'COMPLETED' || status === 'CHECKED_IN' ? Math.min(start - rng.int(0, 10) * MIN, now) : null;
          const completedAt = status === 'COMPLETED' ? Math.min(end + rng.int(0, 8) * MIN, now) : null;
          const noShowAt = status === 'NO_SHOW' ? Math.min(start + 15 * MIN, now) : null;
          const reminderAt = start - 48 * HOUR;
          const inWindow = start >= now - MESSAGE_WINDOW_DAYS * DAY;
          const confirmedAt =
            consented && inWindow && status !== 'CANCELLED' && reminderAt + 3 * HOUR < now && rng.chance(0.4)
              ? reminderAt + rng.int(10, 180) * MIN
              : null;
          const updatedAt = Math.max(seriesBooked, cancelledAt ?? 0, completedAt ?? 0, noShowAt ?? 0, checkedInAt ?? 0, confirmedAt ?? 0);
          row('Session', [
            id,
            clinicId,
            patient.id,
            therapist.id,
            services.find((s) => s.modality === plan.service.modality)!.id,
            therapist.roomId,
            episodeId,
            seriesId,
            d(start),
            d(end),
            d(end + plan.service.buffer * MIN),
            status,
            status === 'CANCELLED' ? rng.pick(['Patient unwell', 'Work conflict', 'Travel', 'Childcare']) : null,
            lateCancel,
            d(cancelledAt),
            d(checkedInAt),
            d(completedAt),
            d(noShowAt),
            d(confirmedAt),
            frontDeskId,
            d(seriesBooked),
            d(updatedAt),
          ]);
          sessions.push({ id, start, end, status, cancelledAt });
          if (consented && inWindow) {
            const cancelledFirst = cancelledAt !== null && cancelledAt < reminderAt;
            message({
              kind: 'REMINDER',
              sessionId: id,
              subject: 'Your appointment',
              text: `Reminder: ${plan.service.name} with ${therapist.name}.`,
              sendAt: reminderAt,
              status: cancelledFirst ? 'CANCELLED' : reminderAt <= now ? 'SENT' : 'SCHEDULED',
            });
            if (cancelledAt !== null) {
              message({
                kind: 'CANCELLATION',
                sessionId: id,
                subject: 'Appointment cancelled',
                text: `Your ${plan.service.name} was cancelled.`,
                sendAt: cancelledAt,
                status: 'SENT',
              });
            }
          }
          if (status === 'COMPLETED' && start >= now - NOTE_WINDOW_DAYS * DAY) {
            const noteId = rng.uuid();
            row('TreatmentNote', [
              noteId,
              clinicId,
              id,
              noteId,
              therapist.userId,
              `Pain ${rng.int(1, 8)}/10 before the session.`,
              `${plan.service.name}.`,
              [plan.service.modality],
              [patient.region],
              PRESSURE[plan.service.modality]!,
              rng.pick(RESPONSES),
              rng.pick(PLANS),
              'Rebook',
              d(Math.min(completedAt! + MIN, now)),
            ]);
          }
        }
      }

      // The episode: open while it goes on (or when a dropout never came back), else discharged.
      const last = sessions[sessions.length - 1]!;
      const isLastEpisode = e === episodes.length - 1;
      let dischargedAt: number | null = null;
      let dischargeNote: string | null = null;
      if (plan.trajectory === 'dropout') {
        if (!isLastEpisode) {
          const nextStart = instant(episodes[e + 1]!.weeklyWeeks[0]!, episodes[e + 1]!.weekday, episodes[e + 1]!.minute);
          dischargedAt = Math.min(last.end + 30 * DAY, nextStart - 2 * DAY, now);
          dischargeNote = 'Stopped attending';
        }
      } else if (last.end + 30 * MIN <= now || !isLastEpisode) {
        dischargedAt = Math.min(last.end + 30 * MIN, now);
        dischargeNote = plan.trajectory === 'improve' ? 'Goals met; discharged' : 'Discharged; home programme';
      }
      row('EpisodeOfCare', [
        episodeId,
        clinicId,
        patient.id,
        patient.region,
        rng.weighted(CHRONICITY),
        rng.pick(GOALS),
        d(booked),
        d(dischargedAt),
        dischargeNote,
      ]);

      // Assessments: the baseline at the first visit, progress after every 4th completed session, discharge at the last.
      const attended = sessions.filter((s) => s.status === 'COMPLETED' || s.status === 'CHECKED_IN');
      const valueAt = (instrument: Instrument, k: number) => {
        const f = Math.min(1, k / Math.max(1, plan.weekly - 1));
        const base = baseline.get(instrument)!;
        const x = base * (1 - (change * (1 - Math.exp(-3 * f))) / (1 - Math.exp(-3))) + rng.normal(0, 4);
        return Math.min(100, Math.max(0, x));
      };
      const record = (
        occasion: 'BASELINE' | 'PROGRESS' | 'DISCHARGE' | 'FOLLOW_UP',
        sequence: number,
        session: SessionRow | null,
        k: number,
        forcePatient = false,
      ) => {
        const atHome = consented && (forcePatient || rng.chance(PATIENT_REPORTED_SHARE));
        let takenAt: number | null = null;
        let requestId: string | null = null;
        if (atHome) {
          const sendAt =
            occasion === 'BASELINE'
              ? Math.max(session!.start - 72 * HOUR, booked + MIN)
              : occasion === 'FOLLOW_UP'
                ? k
                : session!.end + 2 * HOUR;
          const expiresAt = occasion === 'BASELINE' ? Math.max(session!.start, sendAt + HOUR) : sendAt + 7 * DAY;
          const answerAt =
            sendAt + rng.int(60, occasion === 'BASELINE' ? Math.max(61, Math.floor((expiresAt - sendAt) / MIN) - 1) : 72 * 60) * MIN;
          const answers = rng.chance(occasion === 'FOLLOW_UP' ? FOLLOW_UP_ANSWER_RATE : QUESTIONNAIRE_ANSWER_RATE);
          const status = answers && answerAt < expiresAt && answerAt <= now ? 'ANSWERED' : expiresAt <= now ? 'EXPIRED' : 'PENDING';
          requestId = rng.uuid();
          row('QuestionnaireRequest', [
            requestId,
            clinicId,
            patient.id,
            episodeId,
            occasion,
            sequence,
            occasion === 'BASELINE' ? session!.id : null,
            instruments,
            d(sendAt),
            d(expiresAt),
            status,
            status === 'EXPIRED' ? 'Not answered in time' : null,
            status === 'ANSWERED' ? d(answerAt) : null,
            d(occasion === 'BASELINE' ? booked + MIN : Math.min(sendAt, now)),
            d(Math.min(status === 'ANSWERED' ? answerAt : status === 'EXPIRED' ? expiresAt : sendAt, now)),
          ]);
          message({
            kind: 'QUESTIONNAIRE',
            requestId,
            subject: 'A few questions about your back',
            text: 'Please answer a short questionnaire before your visit.',
            sendAt,
            status: sendAt <= now ? 'SENT' : 'SCHEDULED',
          });
          if (status === 'ANSWERED') takenAt = answerAt;
          else if (occasion === 'FOLLOW_UP' || !session) return;
        }
        if (takenAt === null) {
          // At the visit, by the therapist (also when the patient left the questionnaire unanswered).
          if (!session) return;
          takenAt = Math.min(occasion === 'BASELINE' ? session.start + 5 * MIN : session.end - 5 * MIN, now - 1000);
          requestId = null;
        }
        const kIndex = occasion === 'FOLLOW_UP' ? Math.max(0, attended.length - 1) : k;
        for (const instrument of instruments) {
          const responses = responsesFor(rng, instrument, valueAt(instrument, kIndex));
          const scored = scoreResponses(instrument, responses);
          const id = rng.uuid();
          row('Assessment', [
            id,
            clinicId,
            id,
            patient.id,
            episodeId,
            requestId ? null : session!.id,
            instrument,
            JSON.stringify(responses),
            instrument === 'PSFS' ? labels : [],
            scored.score,
            scored.normalized,
            scored.exact.score,
            scored.exact.normalized,
            d(takenAt),
            requestId ? 'PATIENT_REPORTED' : 'CLINICIAN_ENTERED',
            requestId ? null : therapist.userId,
            requestId,
            d(takenAt),
          ]);
        }
      };
      let completed = 0;
      const finished = dischargedAt !== null && plan.trajectory !== 'dropout';
      const lastAttended = attended[attended.length - 1];
      attended.forEach((s, k) => {
        if (k === 0) record('BASELINE', 0, s, 0);
        if (s.status !== 'COMPLETED') return;
        completed++;
        if (finished && s === lastAttended && k > 0) record('DISCHARGE', 0, s, k);
        else if (completed % PROGRESS_EVERY === 0 && k > 0) record('PROGRESS', completed, s, k);
      });
      if (finished && attended.length > 1 && consented) {
        const followUpAt = dischargedAt! + 91 * DAY;
        if (followUpAt <= now) record('FOLLOW_UP', 0, null, followUpAt, true);
      }
    }
  }
  return out;
}

/** When a series was booked: 1–10 days before its first visit, and never after now. */
function bookingTime(rng: Rng, firstStart: number, now: number): number {
  return Math.min(firstStart - rng.int(1, 10) * DAY - rng.int(0, 8 * 60) * MIN, now - rng.int(1, 60) * MIN);
}

/** Answers whose score lands near `normalized` (0–100, higher = worse), valid for the instrument. */
function responsesFor(rng: Rng, instrument: Instrument, normalized: number): (number | null)[] {
  const clamp = (x: number, max: number) => Math.min(max, Math.max(0, Math.round(x)));
  switch (instrument) {
    case 'NPRS':
      return [clamp(normalized / 10 + rng.normal(0, 0.4), 10)];
    case 'PEG':
      return [0, 1, 2].map(() => clamp(normalized / 10 + rng.normal(0, 0.8), 10));
    case 'RMDQ': {
      const yes = clamp((normalized * 24) / 100, 24);
      return rng.shuffle(Array.from({ length: 24 }, (_, i) => (i < yes ? 1 : 0)));
    }
    case 'PSFS':
      return [0, 1, 2].map(() => clamp(10 - normalized / 10 + rng.normal(0, 0.8), 10));
    case 'ODI':
    case 'NDI': {
      // Points out of 50 spread over 10 sections of 0–5; now and then one section skipped.
      const total = clamp(normalized / 2, 50);
      const items = Array.from({ length: 10 }, (_, i) => Math.floor(total / 10) + (i < total % 10 ? 1 : 0));
      for (let n = 0; n < 6; n++) {
        const a = rng.int(0, 9);
        const b = rng.int(0, 9);
        if (items[a]! > 0 && items[b]! < 5) {
          items[a]!--;
          items[b]!++;
        }
      }
      const answers: (number | null)[] = rng.shuffle(items);
      if (rng.chance(0.05)) answers[rng.int(0, 9)] = null;
      return answers;
    }
  }
}
