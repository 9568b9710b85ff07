// clinicOutcomes (PRODUCT.md section 6), aggregated in PostgreSQL: (1) a constructed cohort whose
// figures are worked out by hand below; (2) a random cohort checked number by number against the
// domain's reference implementation (summarizeEpisodes / breakdown) fed the full-precision scores.
import {
  breakdown,
  breakdownCautions,
  outcomeSentence,
  summarizeEpisodes,
  INSTRUMENTS,
  scoreResponses,
  type EpisodeChange,
  type Instrument,
  type OutcomeStats,
} from '@backtrack/domain';
import { graphql } from '../graphql/index.js';
import type { ClinicOutcomesFilter, Modality, OutcomeStatsFieldsFragment } from '../graphql/graphql.js';
import { codeOf } from '../support/api.js';
import { setupClinic, type ClinicalClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import {
  AMEND,
  insertServiceType,
  insertSession,
  openEpisode,
  recordAssessment,
  type RecordedAssessment,
} from '../support/clinical-factories.js';

graphql(`
  fragment OutcomeStatsFields on OutcomeStats {
    instrument
    episodes
    withFollowUp
    dropouts
    captureRate
    changeN
    meanChangePercent
    medianChangePercent
    ci95Low
    ci95High
    completers {
      meaningfulShare
      claimShare
    }
    intentionToTreat {
      meaningfulShare
      claimShare
    }
    requested
    answered
    medianResponseHours
    summary
    caution
  }
`);
const SUMMARY = graphql(`
  query ClinicOutcomesSummary($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      measures {
        ...OutcomeStatsFields
      }
      byTherapist {
        therapistId
        therapistName
        measures {
          ...OutcomeStatsFields
        }
      }
      byModality {
        modality
        measures {
          ...OutcomeStatsFields
        }
      }
      statement
      claim
      reference {
        citation
        finding
        participants
      }
    }
  }
`);

type Stats = OutcomeStatsFieldsFragment;

/** ODI responses whose percent score is `percent` (a multiple of 2). */
const odi = (percent: number) => {
  let points = percent / 2;
  return Array.from({ length: 10 }, () => {
    const v = Math.min(5, points);
    points -= v;
    return v;
  });
};

interface EpisodePlan {
  sessions: { therapistId: string; serviceTypeId: string }[];
  points: { instrument: Instrument; responses: (number | null)[]; takenAt: string }[];
}

async function buildEpisode(
  clinic: ClinicalClinic,
  plan: EpisodePlan,
): Promise<{ patientId: string; episodeId: string; assessments: RecordedAssessment[] }> {
  const { api } = clinic;
  const patient = await createPatient(api, clinic.owner.token);
  const episode = await openEpisode(api, clinic.owner.token, { patientId: patient.id, startedAt: '2024-12-01T00:00:00Z' });
  for (const s of plan.sessions) {
    await insertSession({
      clinicId: clinic.clinicId,
      patientId: patient.id,
      therapistId: s.therapistId,
      serviceTypeId: s.serviceTypeId,
      createdById: clinic.owner.id,
      episodeId: episode.id,
      status: 'COMPLETED',
    });
  }
  const assessments = [];
  for (const p of plan.points)
    assessments.push(
      await recordAssessment(api, clinic.owner.token, {
        patientId: patient.id,
        instrument: p.instrument,
        responses: p.responses,
        takenAt: p.takenAt,
      }),
    );
  return { patientId: patient.id, episodeId: episode.id, assessments };
}

function expectStats(actual: Stats | undefined, expected: Partial<Stats>) {
  for (const [key, value] of Object.entries(expected) as [keyof Stats, Stats[keyof Stats]][]) {
    const got = actual?.[key];
    if (typeof value === 'number') expect({ key, value: got }).toEqual({ key, value: expect.closeTo(value, 6) });
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value) as [keyof typeof value, number | null][]) {
        const part = (got as typeof value | undefined)?.[k];
        expect({ key: `${key}.${k}`, value: part }).toEqual({ key: `${key}.${k}`, value: v === null ? null : expect.closeTo(v, 6) });
      }
    } else expect({ key, value: got }).toEqual({ key, value });
  }
}

describe('clinic outcomes on a constructed cohort', () => {
  const clinic = setupClinic();
  let t1: string;
  let t2: string;

  beforeAll(async () => {
    t1 = clinic.therapist.therapistId;
    t2 = clinic.otherTherapist.therapistId;
    const swedish = await insertServiceType(clinic.clinicId, 'SWEDISH');
    const deep = await insertServiceType(clinic.clinicId, 'DEEP_TISSUE');
    const jan = (d: number) => `2025-01-${String(d).padStart(2, '0')}T15:00:00.000Z`;
    // E1: T1 ×2 + T2 ×1 (→ T1, SWEDISH). ODI 50 → 20: 60%, 30 points. NPRS 8 → 4: 50%, 4 points.
    await buildEpisode(clinic, {
      sessions: [
        { therapistId: t1, serviceTypeId: swedish },
        { therapistId: t1, serviceTypeId: swedish },
        { therapistId: t2, serviceTypeId: swedish },
      ],
      points: [
        { instrument: 'ODI', responses: odi(50), takenAt: jan(2) },
        { instrument: 'ODI', responses: odi(30), takenAt: jan(9) },
        { instrument: 'ODI', responses: odi(20), takenAt: jan(16) },
        { instrument: 'NPRS', responses: [8], takenAt: jan(2) },
        { instrument: 'NPRS', responses: [4], takenAt: jan(16) },
      ],
    });
    // E2: T1 SWEDISH ×2 + T1 DEEP ×1 (→ T1, SWEDISH). ODI 40 → 30: 25%, 10 points = MCID.
    await buildEpisode(clinic, {
      sessions: [
        { therapistId: t1, serviceTypeId: swedish },
        { therapistId: t1, serviceTypeId: deep },
        { therapistId: t1, serviceTypeId: swedish },
      ],
      points: [
        { instrument: 'ODI', responses: odi(40), takenAt: jan(3) },
        { instrument: 'ODI', responses: odi(30), takenAt: jan(17) },
      ],
    });
    // E3: T2 DEEP. ODI 60 → 70, amended to 66: −10%, −6 points.
    const e3 = await buildEpisode(clinic, {
      sessions: [{ therapistId: t2, serviceTypeId: deep }],
      points: [
        { instrument: 'ODI', responses: odi(60), takenAt: jan(4) },
        { instrument: 'ODI', responses: odi(70), takenAt: jan(18) },
      ],
    });
    const amended = await clinic.api.gql(
      AMEND,
      { id: e3.assessments[1]!.id, responses: odi(66), reason: 'Mis-keyed section' },
      clinic.owner.token,
    );
    expect(amended.data!.amendAssessment.score).toBe(66);
    // E4: T2 DEEP, ODI 30 in March and no follow-up (a dropout).
    await buildEpisode(clinic, {
      sessions: [{ therapistId: t2, serviceTypeId: deep }],
      points: [{ instrument: 'ODI', responses: odi(30), takenAt: '2025-03-05T15:00:00.000Z' }],
    });
    // E5: no completed session (unattributed). ODI 20 in March → 10 in April: 50%.
    await buildEpisode(clinic, {
      sessions: [],
      points: [
        { instrument: 'ODI', responses: odi(20), takenAt: '2025-03-10T15:00:00.000Z' },
        { instrument: 'ODI', responses: odi(10), takenAt: '2025-04-10T15:00:00.000Z' },
      ],
    });
  });

  // Percents of the completers: 60, 25, −10, 50. Four values: below 5, so no 95% CI is reported.
  const mean = (60 + 25 - 10 + 50) / 4; // 31.25

  it('computes the clinic figures per instrument', async () => {
    const result = await clinic.api.gql(SUMMARY, {}, clinic.owner.token);
    const summary = result.data!.clinicOutcomes;
    expect(summary.measures.map((m) => m.instrument)).toEqual(['NPRS', 'ODI']);
    const odiStats = summary.measures[1];
    expectStats(odiStats, {
      episodes: 5,
      withFollowUp: 4,
      dropouts: 1,
      captureRate: 4 / 5,
      changeN: 4,
      meanChangePercent: mean,
      medianChangePercent: (25 + 50) / 2,
      ci95Low: null,
      ci95High: null,
      completers: { meaningfulShare: 3 / 4, claimShare: 2 / 4 },
      intentionToTreat: { meaningfulShare: 3 / 5, claimShare: 2 / 5 },
      requested: 0,
      answered: 0,
      medianResponseHours: null,
      caution: null,
      summary:
        'Average ODI improvement 31% (n = 4, 80% of episodes followed up): too few to estimate a 95% CI (fewer than 5) or to judge the 50% claim.',
    });
    expectStats(summary.measures[0], {
      episodes: 1,
      withFollowUp: 1,
      dropouts: 0,
      captureRate: 1,
      changeN: 1,
      meanChangePercent: 50,
      medianChangePercent: 50,
      ci95Low: null,
      ci95High: null,
      completers: { meaningfulShare: 1, claimShare: 1 },
      intentionToTreat: { meaningfulShare: 1, claimShare: 1 },
    });
    expect(summary.statement).toMatch(/observational/);
    expect(summary.statement).toMatch(/no comparison group/);
    expect(summary.claim).toMatch(/50%/);
    expect(summary.reference).toMatchObject({
      citation: expect.stringMatching(/Cherkin.*2011/),
      finding: expect.stringMatching(/2\.5–2\.9 Roland-Morris/),
    });
  });

  it('breaks down by the therapist and modality of most completed sessions', async () => {
    const summary = (await clinic.api.gql(SUMMARY, { filter: { instrument: 'ODI' } }, clinic.owner.token)).data!.clinicOutcomes;
    const therapists = Object.fromEntries(summary.byTherapist.map((g) => [g.therapistId, g]));
    expect(Object.keys(therapists).sort()).toEqual([t1, t2].sort());
    expect(therapists[t1]!.therapistName).toBe('Tess Therapist');
    // Groups of 2 and 1 with a follow-up: each too small to compare.
    const t1Stats = {
      episodes: 2,
      withFollowUp: 2,
      dropouts: 0,
      meanChangePercent: 42.5,
      medianChangePercent: 42.5,
      ci95Low: null,
      completers: { meaningfulShare: 1, claimShare: 0.5 },
      intentionToTreat: { meaningfulShare: 1, claimShare: 0.5 },
      caution: 'Only 2 episodes with a follow-up (fewer than 5): too few to compare.',
    };
    const t2Stats = {
      episodes: 2,
      withFollowUp: 1,
      dropouts: 1,
      meanChangePercent: -10,
      medianChangePercent: -10,
      ci95Low: null,
      ci95High: null,
      completers: { meaningfulShare: 0, claimShare: 0 },
      intentionToTreat: { meaningfulShare: 0, claimShare: 0 },
      caution: 'Only 1 episode with a follow-up (fewer than 5): too few to compare.',
    };
    expectStats(therapists[t1]!.measures[0], t1Stats);
    expectStats(therapists[t2]!.measures[0], t2Stats);
    expect(summary.byModality.map((g) => g.modality)).toEqual(['DEEP_TISSUE', 'SWEDISH']);
    expectStats(summary.byModality[1]!.measures[0], t1Stats);
    expectStats(summary.byModality[0]!.measures[0], t2Stats);
  });

  it('filters by therapist, modality, instrument and baseline period', async () => {
    const run = async (filter: ClinicOutcomesFilter) =>
      (await clinic.api.gql(SUMMARY, { filter }, clinic.owner.token)).data!.clinicOutcomes;
    expect((await run({ therapistId: t1, instrument: 'ODI' })).measures[0]).toMatchObject({ episodes: 2, withFollowUp: 2 });
    expect((await run({ modality: 'DEEP_TISSUE', instrument: 'ODI' })).measures[0]).toMatchObject({ episodes: 2, dropouts: 1 });
    expect((await run({ instrument: 'NPRS' })).measures.map((m) => m.instrument)).toEqual(['NPRS']);
    expect((await run({ instrument: 'RMDQ' })).measures).toEqual([
      expect.objectContaining({ instrument: 'RMDQ', episodes: 0, meanChangePercent: null }),
    ]);
    // March: E4 (dropout) and E5, whose April follow-up counts although it falls after the period.
    const march = await run({ from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' });
    expectStats(march.measures[0], {
      instrument: 'ODI',
      episodes: 2,
      withFollowUp: 1,
      dropouts: 1,
      meanChangePercent: 50,
      intentionToTreat: { meaningfulShare: 0.5, claimShare: 0.5 },
    });
    // A period containing only E1's follow-up (not its baseline) does not include E1.
    expect((await run({ from: '2025-01-09T00:00:00Z', to: '2025-01-10T00:00:00Z' })).measures).toEqual([]);
    expect(
      codeOf(await clinic.api.gql(SUMMARY, { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }, clinic.owner.token)),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows a therapist the figures over their own patients only, and refuses the front desk', async () => {
    // T2 has sessions with the patients of E1, E3 and E4.
    const mine = (await clinic.api.gql(SUMMARY, { filter: { instrument: 'ODI' } }, clinic.otherTherapist.token)).data!.clinicOutcomes;
    expectStats(mine.measures[0], { episodes: 3, withFollowUp: 2, dropouts: 1, meanChangePercent: (60 - 10) / 2 });
    expect(codeOf(await clinic.api.gql(SUMMARY, {}, clinic.frontDesk.token))).toBe('FORBIDDEN');
  });
});

// A seeded generator, so a failure can be reproduced.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('clinic outcomes on a random cohort against the domain reference', () => {
  const clinic = setupClinic();
  const seed = Number(process.env.OUTCOMES_SEED ?? 20251121);
  const changes: Record<'ODI' | 'NPRS', EpisodeChange[]> = { ODI: [], NPRS: [] };

  beforeAll(async () => {
    const random = mulberry32(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const therapists = [clinic.therapist.therapistId, clinic.otherTherapist.therapistId];
    const modalities: Modality[] = ['SWEDISH', 'DEEP_TISSUE', 'MYOFASCIAL_RELEASE'];
    const serviceTypes = Object.fromEntries(
      await Promise.all(modalities.map(async (m) => [m, await insertServiceType(clinic.clinicId, m)] as const)),
    );

    const plans = Array.from({ length: 60 }, (_, e) => {
      const sessionCount = int(0, 3); // 0 = unattributed
      const therapistId = therapists[int(0, 1)]!;
      const modality = modalities[int(0, 2)]!;
      const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + e, 12) + d * 86_400_000).toISOString();
      const points: EpisodePlan['points'] = [];
      for (const instrument of ['ODI', 'NPRS'] as const) {
        if (random() < 0.15) continue; // this instrument never measured in the episode
        const followUps = random() < 0.25 ? 0 : int(1, 3); // some drop out
        for (let k = 0; k <= followUps; k++) {
          const skipped = random() < 0.2 ? int(0, 9) : -1; // now and then one skipped ODI section
          const responses = instrument === 'ODI' ? Array.from({ length: 10 }, (_, i) => (i === skipped ? null : int(0, 5))) : [int(0, 10)];
          points.push({ instrument, responses, takenAt: day(k * 7) });
        }
      }
      return {
        plan: { sessions: Array.from({ length: sessionCount }, () => ({ therapistId, serviceTypeId: serviceTypes[modality]! })), points },
        therapistId: sessionCount ? therapistId : null,
        modality: sessionCount ? modality : null,
      };
    });

    for (const { plan, therapistId, modality } of plans) {
      const built = await buildEpisode(clinic, plan);
      for (const instrument of ['ODI', 'NPRS'] as const) {
        const points = built.assessments.filter((a) => a.instrument === instrument);
        if (points.length === 0) continue;
        const [first, last] = [points[0]!, points[points.length - 1]!];
        // The stored scores are the domain's own, rounded; change is computed from the exact ones.
        expect(first.score).toBe(scoreResponses(instrument, first.responses).score);
        const [baseline, latest] = [scoreResponses(instrument, first.responses).exact, scoreResponses(instrument, last.responses).exact];
        changes[instrument].push({
          episodeId: built.episodeId,
          therapistId,
          modality,
          baselineScore: baseline.score,
          baselineNormalized: baseline.normalized,
          latestScore: points.length > 1 ? latest.score : null,
          latestNormalized: points.length > 1 ? latest.normalized : null,
        });
      }
    }
  }, 120_000);

  const compare = (actual: Stats, expected: OutcomeStats, instrument: Instrument, where: string) => {
    const flat = (s: OutcomeStats) => ({
      episodes: s.episodes,
      withFollowUp: s.withFollowUp,
      dropouts: s.dropouts,
      captureRate: s.captureRate,
      changeN: s.changeN,
      meanChangePercent: s.meanChangePercent,
      medianChangePercent: s.medianChangePercent,
      ci95Low: s.ci95Low,
      ci95High: s.ci95High,
      completersMeaningful: s.completers.meaningfulShare,
      completersClaim: s.completers.claimShare,
      ittMeaningful: s.intentionToTreat.meaningfulShare,
      ittClaim: s.intentionToTreat.claimShare,
    });
    const [a, e] = [flat(actual), flat(expected)];
    for (const key of Object.keys(e) as (keyof typeof e)[]) {
      const label = `${where} ${key} (seed ${seed})`;
      if (e[key] === null) expect({ label, value: a[key] }).toEqual({ label, value: null });
      else expect({ label, value: a[key] }).toEqual({ label, value: expect.closeTo(e[key] as number, 6) });
    }
    expect({ where, summary: actual.summary }).toEqual({ where, summary: outcomeSentence(instrument, expected) });
  };

  it('matches summarizeEpisodes and breakdown for every instrument and group', async () => {
    const summary = (await clinic.api.gql(SUMMARY, {}, clinic.owner.token)).data!.clinicOutcomes;
    expect(changes.ODI.length).toBeGreaterThan(40);
    for (const instrument of ['NPRS', 'ODI'] as const) {
      const actual = summary.measures.find((m) => m.instrument === instrument)!;
      compare(actual, summarizeEpisodes(instrument, changes[instrument]), instrument, instrument);
      for (const key of ['therapistId', 'modality'] as const) {
        const groups =
          key === 'therapistId'
            ? summary.byTherapist.map((g) => ({ key: g.therapistId, measures: g.measures }))
            : summary.byModality.map((g) => ({ key: g.modality, measures: g.measures }));
        const expected = breakdown(instrument, changes[instrument], key);
        const actualGroups = groups.filter((g) => g.measures.some((m) => m.instrument === instrument));
        expect(actualGroups.map((g) => g.key)).toEqual(expected.map((g) => g.key));
        const cautions = breakdownCautions(expected.map((g) => ({ key: g.key, withFollowUp: g.stats.withFollowUp })));
        for (const group of expected) {
          const got = groups.find((g) => g.key === group.key)!.measures.find((m) => m.instrument === instrument)!;
          compare(got, group.stats, instrument, `${instrument} ${key}=${group.key}`);
          expect({ group: group.key, caution: got.caution }).toEqual({ group: group.key, caution: cautions.get(group.key) });
        }
      }
    }
    expect(INSTRUMENTS.ODI.mcid).toBe(10);
  });
});
