// The sizes of `npm run seed -- --scale …` and the distributions every size draws from (documented in
// the README, Benchmarks). Session and assessment counts are not set directly: they follow from the
// patients, their episodes and the therapists' free slots; `expect` is what a size is tuned to give.

export type ScaleName = 'tiny' | 'small' | 'large';

export interface ScalePreset {
  clinics: number;
  therapistsPerClinic: number;
  patientsPerClinic: number;
  /** Weeks of schedule, the last `futureWeeks` of them from the current week on. */
  weeks: number;
  futureWeeks: number;
  /** Chance that a patient comes back with a new episode after one ends (2–12 weeks later). */
  returnRate: number;
  /** Share of patients already coming when the history starts (their first episode in its first 4 weeks). */
  caseload: number;
  expect: { sessions: number; assessments: number };
}

export const SCALES: Record<ScaleName, ScalePreset> = {
  // For the test: a few hundred sessions in two clinics.
  tiny: {
    clinics: 2,
    therapistsPerClinic: 3,
    patientsPerClinic: 24,
    weeks: 16,
    futureWeeks: 2,
    returnRate: 0.6,
    caseload: 0.6,
    expect: { sessions: 450, assessments: 250 },
  },
  small: {
    clinics: 2,
    therapistsPerClinic: 5,
    patientsPerClinic: 250,
    weeks: 48,
    futureWeeks: 4,
    returnRate: 0.95,
    caseload: 1,
    expect: { sessions: 10_000, assessments: 6_000 },
  },
  large: {
    clinics: 20,
    therapistsPerClinic: 20,
    patientsPerClinic: 2_000,
    weeks: 104,
    futureWeeks: 4,
    returnRate: 0.95,
    caseload: 0.5,
    expect: { sessions: 1_000_000, assessments: 600_000 },
  },
};

/** How an episode's scores move (normalized scale, higher = worse): the share of episodes of each kind. */
export const TRAJECTORIES = { improve: 0.55, plateau: 0.2, worsen: 0.05, dropout: 0.2 } as const;
export type Trajectory = keyof typeof TRAJECTORIES;

/** Relative change from baseline by the end of the weekly series (negative: worse), drawn uniformly. */
export const TRAJECTORY_CHANGE: Record<Trajectory, [number, number]> = {
  improve: [0.35, 0.8],
  plateau: [-0.08, 0.15],
  worsen: [-0.45, -0.12],
  dropout: [0, 0.3],
};

/** Weekly sessions per episode: dropouts stop after 1–3, the others run 8–16 (6–12 when worsening). */
export const WEEKLY_SESSIONS: Record<Trajectory, [number, number]> = {
  improve: [8, 16],
  plateau: [8, 16],
  worsen: [6, 12],
  dropout: [1, 3],
};

/** Improved episodes that go on to monthly maintenance (every 4 weeks, in the same slot): 3–12 visits. */
export const MAINTENANCE_SHARE = 0.5;
export const MAINTENANCE_VISITS: [number, number] = [3, 12];

/** Of all sessions: cancelled (a third of those late, within 24 h) and no-shows. */
export const CANCELLED_SHARE = 0.1;
export const LATE_CANCEL_SHARE = 1 / 3;
export const NO_SHOW_SHARE = 0.05;

export const COMPLAINT_REGIONS = { LOWER_BACK: 0.55, NECK: 0.25, UPPER_BACK: 0.1, MID_BACK: 0.1 } as const;
export const CHRONICITY = { CHRONIC: 0.6, SUBACUTE: 0.25, ACUTE: 0.15 } as const;

/** Of the assessment occasions of a patient who agreed to be contacted: answered at home by link. */
export const PATIENT_REPORTED_SHARE = 0.45;
/** Of the questionnaires sent: answered (the rest expire unanswered). */
export const QUESTIONNAIRE_ANSWER_RATE = 0.8;
/** Of discharged episodes: a follow-up questionnaire 3 months later, answered at this rate. */
export const FOLLOW_UP_ANSWER_RATE = 0.6;
/** Completed sessions between progress assessments (the clinic setting's default). */
export const PROGRESS_EVERY = 4;
/** Reminder messages (48 h before) and cancellation notices for sessions this close to now. */
export const MESSAGE_WINDOW_DAYS = 14;
/** Treatment notes for completed sessions of the last weeks (older history is summary only). */
export const NOTE_WINDOW_DAYS = 56;
