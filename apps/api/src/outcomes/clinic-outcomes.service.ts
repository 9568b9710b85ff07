// The clinic outcome dashboard (PRODUCT.md section 6): aggregated in PostgreSQL by
// ClinicOutcomesRepository, finished here with the domain's ciFromMoments (t-distribution).
//
// ATTRIBUTION: an episode is attributed to the therapist, and to the service modality, of most of its
// COMPLETED sessions (ties: the most recent session wins). Episodes with no completed session appear
// in the clinic totals but in no therapist or modality breakdown (as in the domain's `breakdown`).
// PERIOD: `from`/`to` select episodes whose baseline for the instrument was taken in [from, to); all
// later follow-ups count, so a period is a cohort of patients who started being measured in it.
// ACCESS: OWNER sees the clinic; a THERAPIST sees the same figures computed over only the patients
// they have a (non-cancelled) session with; FRONT_DESK is refused by the resolver.
import { Injectable } from '@nestjs/common';
import {
  CLAIM_PERCENT,
  ciFromMoments,
  INSTRUMENT_CODES,
  INSTRUMENTS,
  MARKETING_CLAIM,
  MEANINGFUL_PERCENT,
  OUTCOME_STATEMENT,
  PUBLISHED_REFERENCE,
  type Instrument,
  type OutcomeStats,
  type PublishedReference,
} from '@backtrack/domain';
import { BadInputError } from '../common/app-error.js';
import { currentActor } from '../common/request-context.js';
import { ClinicalAccessService } from '../clinical/access/clinical-access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Modality } from '../generated/prisma/enums.js';
import { ClinicOutcomesRepository, OutcomeGrouping, type OutcomeGroupRow } from './clinic-outcomes.repository.js';
import type { ClinicOutcomesFilter } from './outcomes.inputs.js';

/** The domain compares thresholds with this slack, since stored scores are rounded to 2 decimals. */
const THRESHOLD_TOLERANCE = 1e-9;

export interface InstrumentStats extends OutcomeStats {
  instrument: Instrument;
}

export interface OutcomeSummary {
  measures: InstrumentStats[];
  byTherapist: { therapistId: string; therapistName: string; measures: InstrumentStats[] }[];
  byModality: { modality: Modality; measures: InstrumentStats[] }[];
  statement: string;
  claim: string;
  reference: PublishedReference;
}

const share = (count: number, of: number): number | null => (of === 0 ? null : count / of);

function statsOf(row: OutcomeGroupRow): InstrumentStats {
  const ci = row.mean === null ? null : ciFromMoments(row.percents, row.mean, row.sd ?? 0);
  return {
    instrument: row.instrument,
    episodes: row.episodes,
    withFollowUp: row.withFollowUp,
    dropouts: row.episodes - row.withFollowUp,
    meanChangePercent: row.mean,
    medianChangePercent: row.median,
    ci95Low: ci?.low ?? null,
    ci95High: ci?.high ?? null,
    completers: { meaningfulShare: share(row.meaningful, row.withFollowUp), claimShare: share(row.claim, row.withFollowUp) },
    intentionToTreat: { meaningfulShare: share(row.meaningful, row.episodes), claimShare: share(row.claim, row.episodes) },
  };
}

function emptyStats(instrument: Instrument): InstrumentStats {
  const none = { meaningfulShare: null, claimShare: null };
  return {
    instrument,
    episodes: 0,
    withFollowUp: 0,
    dropouts: 0,
    meanChangePercent: null,
    medianChangePercent: null,
    ci95Low: null,
    ci95High: null,
    completers: none,
    intentionToTreat: none,
  };
}

const byInstrumentOrder = (a: InstrumentStats, b: InstrumentStats) =>
  INSTRUMENT_CODES.indexOf(a.instrument) - INSTRUMENT_CODES.indexOf(b.instrument);

/** Rows of one grouping, keyed and sorted, each with its per-instrument stats. */
function groupsOf<K extends string>(
  rows: OutcomeGroupRow[],
  grouping: OutcomeGrouping,
  key: (row: OutcomeGroupRow) => K | null,
): Map<K, InstrumentStats[]> {
  const groups = new Map<K, InstrumentStats[]>();
  for (const row of rows.filter((r) => r.grouping === grouping)) {
    const k = key(row);
    if (k === null) continue; // unattributed episodes are not a group a clinic can act on
    groups.set(k, [...(groups.get(k) ?? []), statsOf(row)]);
  }
  return new Map([...groups.keys()].sort().map((k) => [k, groups.get(k)!.sort(byInstrumentOrder)]));
}

@Injectable()
export class ClinicOutcomesService {
  constructor(
    private readonly outcomes: ClinicOutcomesRepository,
    private readonly access: ClinicalAccessService,
    private readonly audit: AuditService,
  ) {}

  async summarize(filter: ClinicOutcomesFilter): Promise<OutcomeSummary> {
    if (filter.from && filter.to && filter.from >= filter.to) throw BadInputError.field('filter.to', 'must be after from');
    const scope = await this.access.scope();
    const instruments = filter.instrument ? [filter.instrument] : INSTRUMENT_CODES;
    const rows = await this.outcomes.aggregate({
      clinicId: currentActor().clinicId,
      rules: instruments.map((code) => ({
        instrument: code,
        mcid: INSTRUMENTS[code].mcid,
        higherIsBetter: INSTRUMENTS[code].higherIsBetter,
      })),
      meaningfulPercent: MEANINGFUL_PERCENT,
      claimPercent: CLAIM_PERCENT,
      tolerance: THRESHOLD_TOLERANCE,
      from: filter.from ?? null,
      to: filter.to ?? null,
      therapistId: filter.therapistId ?? null,
      modality: filter.modality ?? null,
      restrictToTherapistUserId: scope.kind === 'therapist' ? scope.userId : null,
    });

    const totals = rows
      .filter((r) => r.grouping === OutcomeGrouping.INSTRUMENT_TOTAL)
      .map(statsOf)
      .sort(byInstrumentOrder);
    // An instrument asked for by name is always reported, even with no episodes.
    const measures = filter.instrument && totals.length === 0 ? [emptyStats(filter.instrument)] : totals;
    const therapists = groupsOf(rows, OutcomeGrouping.BY_THERAPIST, (r) => r.therapistId);
    const modalities = groupsOf(rows, OutcomeGrouping.BY_MODALITY, (r) => r.modality);
    const names = await this.outcomes.therapistNames([...therapists.keys()]);
    await this.audit.record({ action: 'READ', entity: 'ClinicOutcomes', entityId: null, patientId: null });
    return {
      measures,
      byTherapist: [...therapists].map(([therapistId, m]) => ({ therapistId, therapistName: names.get(therapistId) ?? '', measures: m })),
      byModality: [...modalities].map(([modality, m]) => ({ modality, measures: m })),
      statement: OUTCOME_STATEMENT,
      claim: MARKETING_CLAIM,
      reference: PUBLISHED_REFERENCE,
    };
  }
}
