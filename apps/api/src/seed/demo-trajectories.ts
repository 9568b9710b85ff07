// What the demo patients' outcome charts show, chosen so every chart has something true to say: most
// improve, some reach the 50% claim, some do not change, a few get worse, some drop out (a baseline
// and no follow-up). Values are targets in each instrument's own units; demo-outcomes.ts turns them
// into item responses and stores what the domain's scoreResponses computes from those.
import type { Chronicity } from '../generated/prisma/enums.js';

export type DemoInstrument = 'NPRS' | 'PEG' | 'ODI' | 'NDI' | 'RMDQ' | 'PSFS';

export interface DemoTrajectory {
  firstName: string;
  chronicity: Chronicity;
  goal: string;
  /** Weekly completed sessions before the scheduled week. */
  weeks: number;
  /** Per instrument, the score at evenly spread sessions (first = baseline at the first session). */
  series: Partial<Record<DemoInstrument, number[]>>;
  contraindication?: 'recentSpinalSurgery' | 'acuteInjury';
  /** Reported at screening: warns the therapist for the modalities it concerns, never blocks booking. */
  precaution?: 'anticoagulants' | 'osteoporosisOrSteroids';
}

export const DEMO_TRAJECTORIES: DemoTrajectory[] = [
  // Reaches the claim: ODI 48 → 18 (62.5%).
  {
    firstName: 'Alice',
    chronicity: 'CHRONIC',
    goal: 'Garden for an hour without pain',
    weeks: 8,
    series: { ODI: [48, 40, 30, 22, 18], NPRS: [7, 6, 4, 3, 2] },
  },
  // Meaningful by MCID only: ODI 36 → 26 is 10 points but 28%.
  {
    firstName: 'Ben',
    chronicity: 'SUBACUTE',
    goal: 'Sit through a workday',
    weeks: 6,
    series: { ODI: [36, 32, 28, 26], NPRS: [6, 5, 5, 4] },
  },
  // Neck: NDI 44 → 20 (54.5%), PSFS activities rated higher.
  {
    firstName: 'Chloe',
    chronicity: 'CHRONIC',
    goal: 'Check blind spot while driving',
    weeks: 7,
    series: { NDI: [44, 36, 28, 20], NPRS: [7, 5, 4, 3], PSFS: [3, 5, 6.67] },
  },
  // No change.
  { firstName: 'David', chronicity: 'CHRONIC', goal: 'Run 5 km again', weeks: 6, series: { ODI: [30, 30, 32, 30], NPRS: [5, 5, 6, 5] } },
  // Worse despite care (cleared after recent spinal surgery).
  {
    firstName: 'Elena',
    chronicity: 'CHRONIC',
    goal: 'Walk to the market',
    weeks: 6,
    series: { ODI: [52, 50, 56, 58], NPRS: [6, 7, 7, 8] },
    contraindication: 'recentSpinalSurgery',
  },
  // Dropout: baselines only.
  { firstName: 'Farid', chronicity: 'SUBACUTE', goal: 'Carry groceries', weeks: 1, series: { ODI: [40], NPRS: [8], PEG: [7.33] } },
  // Improves on every scale, RMDQ included.
  {
    firstName: 'Grace',
    chronicity: 'CHRONIC',
    goal: 'Pick up her toddler',
    weeks: 7,
    series: { RMDQ: [14, 11, 8, 6], ODI: [38, 30, 24, 20], NPRS: [6, 4, 3, 3] },
    precaution: 'anticoagulants',
  },
  // Small, not meaningful change: NDI 30 → 24 (6 points, 20%).
  { firstName: 'Henry', chronicity: 'CHRONIC', goal: 'Read for an hour', weeks: 4, series: { NDI: [30, 26, 24], NPRS: [5, 4, 4] } },
  // Acute, improves fast (natural history at work too): ODI 60 → 8.
  {
    firstName: 'Isla',
    chronicity: 'ACUTE',
    goal: 'Back to netball',
    weeks: 5,
    series: { ODI: [60, 40, 24, 12, 8], NPRS: [8, 6, 3, 1, 1] },
    contraindication: 'acuteInjury',
  },
  // Some improvement, not yet meaningful.
  { firstName: 'Jamal', chronicity: 'SUBACUTE', goal: 'Lift boxes at work', weeks: 4, series: { ODI: [42, 38, 34], NPRS: [6, 5, 5] } },
  // Meaningful on pain (PEG) and function.
  {
    firstName: 'Keiko',
    chronicity: 'CHRONIC',
    goal: 'Sleep through the night',
    weeks: 6,
    series: { PEG: [6.33, 4.33, 3], ODI: [34, 26, 22] },
  },
  // Dropout after the first visit.
  { firstName: 'Liam', chronicity: 'CHRONIC', goal: 'Play a round of golf', weeks: 1, series: { ODI: [46], NPRS: [7] } },
];
