// The clinic outcome dashboard (PRODUCT.md section 6): aggregated in PostgreSQL by
// ClinicOutcomesRepository, finished here with the domain's reportedInterval (t-distribution, none below 5 values).
//
// ATTRIBUTION: an episode is attributed to the therapist, and to the service modality, of most of its
// COMPLETED sessions (ties: the most recent session wins). Episodes with no completed session appear
// in the clinic totals but in no therapist or modality breakdown (as in the domain's `breakdown`).
// PERIOD: `from`/`to` select episodes whose baseline for the instrument was taken in [from, to); all
// later follow-ups count, so a period is a cohort of patients who started being measured in it.
// CAPTURE: each figure comes with its follow-up capture rate (episodes with a follow-up / with a
// baseline) and the questionnaire requests asking for the instrument (see the repository's header),
// since an outcome cannot be read without knowing how many patients it leaves out.
// NEVER OVERCLAIM: no 95% CI below MIN_N_FOR_INTERVAL changes, one plain sentence per figure from the
// domain's outcomeSentence, and breakdown rows carry the domain's breakdownCautions.
// ACCESS: OWNER sees the clinic; a THERAPIST sees the same figures computed over only the patients
// they have a (non-cancelled) session with; FRONT_DESK is refused by the resolver.
import { Injectable } from '@nestjs/common';
import {
  breakdownCautions,
  INSTRUMENT_CODES,
  MARKETING_CLAIM,
  OUTCOME_STATEMENT,
  outcomeSentence,
  PUBLISHED_REFERENCE,
  reportedInterval,
  type Instrument,
  type OutcomeStats,
  type PublishedReference,
} from '@backtrack/domain';
import { BadInputError } from '../common/app-error.js';
import { currentActor } from '../common/request-context.js';
import { ClinicalAccessService } from '../clinical/access/clinical-access.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { Modality } from '../generated/prisma/enums.js';
import { ClinicOutcomesRepository, OutcomeGrouping, outcomeQuery, type OutcomeGroupRow } from './clinic-outcomes.repository.js';
import type { ClinicOutcomesFilter } from './outcomes.inputs.js';

export interface InstrumentStats extends OutcomeStats {
  instrument: Instrument;
  requested: number;
  answered: number;
  medianResponseHours: number | null;
  summary: string;
  /** Breakdown rows only. */
  caution: string | null;
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
  const ci = reportedInterval(row.percents, row.mean, row.sd);
  const stats: OutcomeStats = {
    episodes: row.episodes,
    withFollowUp: row.withFollowUp,
    dropouts: row.episodes - row.withFollowUp,
    captureRate: share(row.withFollowUp, row.episodes),
    changeN: row.percents,
    meanChangePercent: row.mean,
    medianChangePercent: row.median,
    ci95Low: ci?.low ?? null,
    ci95High: ci?.high ?? null,
    completers: { meaningfulShare: share(row.meaningful, row.withFollowUp), claimShare: share(row.claim, row.withFollowUp) },
    intentionToTreat: { meaningfulShare: share(row.meaningful, row.episodes), claimShare: share(row.claim, row.episodes) },
  };
  return {
    ...stats,
    instrument: row.instrument,
    requested: row.requested,
    answered: row.answered,
    medianResponseHours: row.medianResponseHours,
    summary: outcomeSentence(row.instrument, stats),
    caution: null,
  };
}

function emptyStats(instrument: Instrument): InstrumentStats {
  const none = { meaningfulShare: null, claimShare: null };
  const stats: OutcomeStats = {
    episodes: 0,
    withFollowUp: 0,
    dropouts: 0,
    captureRate: null,
    changeN: 0,
    meanChangePercent: null,
    medianChangePercent: null,
    ci95Low: null,
    ci95High: null,
    completers: none,
    intentionToTreat: none,
  };
  return {
    ...stats,
    instrument,
    requested: 0,
    answered: 0,
    medianResponseHours: null,
    summary: outcomeSentence(instrument, stats),
    caution: null,
  };
}

const byInstrumentOrder = (a: InstrumentStats, b: InstrumentStats) =>
  INSTRUMENT_CODES.indexOf(a.instrument) - INSTRUMENT_CODES.indexOf(b.instrument);

/**
 * Rows of one grouping, keyed and sorted, each with its per-instrument stats; each instrument's groups
 * are compared with one another, so each carries the caution of that comparison.
 */
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
  for (const instrument of INSTRUMENT_CODES) {
    const compared = [...groups].flatMap(([k, measures]) =>
      measures.filter((m) => m.instrument === instrument).map((m) => ({ key: k, m })),
    );
    if (compared.length === 0) continue;
    const cautions = breakdownCautions(compared.map(({ key: k, m }) => ({ key: k, withFollowUp: m.withFollowUp })));
    for (const { key: k, m } of compared) m.caution = cautions.get(k) ?? null;
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
    const rows = await this.outcomes.aggregate(
      outcomeQuery(currentActor().clinicId, instruments, {
        from: filter.from ?? null,
        to: filter.to ?? null,
        therapistId: filter.therapistId ?? null,
        modality: filter.modality ?? null,
        restrictToTherapistUserId: scope.kind === 'therapist' ? scope.userId : null,
      }),
    );

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
