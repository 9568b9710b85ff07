import type { Instrument, OutcomeDomain } from '@backtrack/domain';

export interface OutcomePoint {
  assessmentId: string;
  takenAt: string;
  sessionNumber: number;
  score: number;
  normalized: number;
}

export interface MeasureOutcome {
  instrument: Instrument;
  domain: OutcomeDomain;
  baseline: OutcomePoint;
  latest: OutcomePoint;
  hasFollowUp: boolean;
  changePoints: number | null;
  changePercent: number | null;
  meaningful: boolean | null;
  meetsClaim: boolean | null;
  claimTarget: number;
  meaningfulTarget: number;
  series: OutcomePoint[];
}

export interface PatientOutcomes {
  patientId: string;
  episode: { id: string; startedAt: string; open: boolean; goal: string; dischargedAt: string | null } | null;
  measures: MeasureOutcome[];
}
