import type { Instrument } from '@backtrack/domain';
import { callQuery } from '../providers/graphqlClient';

export interface Shares {
  meaningfulShare: number | null;
  claimShare: number | null;
}

export interface OutcomeStats {
  instrument: Instrument;
  episodes: number;
  withFollowUp: number;
  dropouts: number;
  meanChangePercent: number | null;
  medianChangePercent: number | null;
  ci95Low: number | null;
  ci95High: number | null;
  completers: Shares;
  intentionToTreat: Shares;
}

export interface OutcomeSummary {
  claim: string;
  statement: string;
  reference: { citation: string; title: string; design: string; participants: number; sessions: string; finding: string };
  measures: OutcomeStats[];
  byTherapist: { therapistId: string; therapistName: string; measures: OutcomeStats[] }[];
  byModality: { modality: string; measures: OutcomeStats[] }[];
}

export interface ClinicOutcomesFilter {
  from?: string;
  to?: string;
  therapistId?: string;
  modality?: string;
  instrument?: Instrument;
}

const STATS =
  'instrument episodes withFollowUp dropouts meanChangePercent medianChangePercent ci95Low ci95High completers { meaningfulShare claimShare } intentionToTreat { meaningfulShare claimShare }';

export async function fetchClinicOutcomes(filter: ClinicOutcomesFilter): Promise<OutcomeSummary> {
  const data = await callQuery<{ clinicOutcomes: OutcomeSummary }>(
    `query clinicOutcomes($filter: ClinicOutcomesFilter) {
      clinicOutcomes(filter: $filter) {
        claim statement
        reference { citation title design participants sessions finding }
        measures { ${STATS} }
        byTherapist { therapistId therapistName measures { ${STATS} } }
        byModality { modality measures { ${STATS} } }
      }
    }`,
    { filter },
  );
  return data.clinicOutcomes;
}

export async function fetchTherapistChoices(): Promise<{ id: string; displayName: string }[]> {
  const data = await callQuery<{ allTherapists: { id: string; displayName: string }[] }>(
    `query therapistChoices { allTherapists(perPage: 100, sortField: "displayName", sortOrder: "ASC") { id displayName } }`,
  );
  return data.allTherapists;
}
