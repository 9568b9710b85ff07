// Exact change over the real GraphQL endpoint (PRODUCT.md section 6): an exact 50% improvement is 50,
// meaningful and meets the claim in patientOutcomes and in clinicOutcomes alike, for every instrument,
// including those whose stored 2-decimal scores put it just under (RMDQ 14 → 7 gave 49.99% and no claim).
import type { Instrument } from '../graphql/graphql.js';
import { graphql } from '../graphql/index.js';
import { setupClinic } from '../support/clinic-setup.js';
import { patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';

const PATIENT = graphql(`
  query ExactChangePatient($p: ID!) {
    patientOutcomes(patientId: $p) {
      measures {
        instrument
        changePercent
        meaningful
        meetsClaim
        baseline {
          score
          normalized
        }
        latest {
          score
          normalized
        }
      }
    }
  }
`);

const CLINIC = graphql(`
  query ExactChangeClinic($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      measures {
        instrument
        episodes
        withFollowUp
        changeN
        meanChangePercent
        medianChangePercent
        completers {
          meaningfulShare
          claimShare
        }
        intentionToTreat {
          claimShare
        }
        summary
      }
    }
  }
`);

const yes = (n: number) => Array.from({ length: 24 }, (_, i) => (i < n ? 1 : 0));

// What is stored (rounded) for each side, and the exact 50% it stands for.
const CASES: { instrument: Instrument; before: (number | null)[]; after: (number | null)[]; stored: [number, number] }[] = [
  { instrument: 'NPRS', before: [8], after: [4], stored: [80, 40] },
  // Means 10/3 → 5/3.
  { instrument: 'PEG', before: [3, 3, 4], after: [2, 2, 1], stored: [33.33, 16.67] },
  // Sections 14 of 45 → 7 of 45, the tenth skipped.
  { instrument: 'ODI', before: [2, 2, 2, 2, 2, 2, 1, 1, 0, null], after: [1, 1, 1, 1, 1, 1, 1, 0, 0, null], stored: [31.11, 15.56] },
  { instrument: 'NDI', before: [null, 2, 2, 2, 2, 2, 2, 1, 1, 0], after: [null, 1, 1, 1, 1, 1, 1, 1, 0, 0], stored: [31.11, 15.56] },
  { instrument: 'RMDQ', before: yes(14), after: yes(7), stored: [58.33, 29.17] },
  // Means 2/3 → 16/3, higher is better.
  { instrument: 'PSFS', before: [0, 0, 2], after: [5, 5, 6], stored: [93.33, 46.67] },
];

describe('exact change over GraphQL', () => {
  const clinic = setupClinic();
  const patients = new Map<Instrument, string>();

  beforeAll(async () => {
    for (const { instrument, before, after } of CASES) {
      const { id } = await patientOfTherapist(clinic);
      patients.set(instrument, id);
      const record = (responses: (number | null)[], takenAt: string) =>
        recordAssessment(clinic.api, clinic.therapist.token, {
          patientId: id,
          instrument,
          responses,
          takenAt,
          activities: instrument === 'PSFS' ? ['Lifting', 'Walking', 'Gardening'] : undefined,
        });
      await record(before, '2025-05-05T10:00:00.000Z');
      await record(after, '2025-06-02T10:00:00.000Z');
    }
  });

  it.each(CASES)('patientOutcomes: $instrument from stored $stored.0 → $stored.1 is exactly 50% and meets the claim', async (c) => {
    const result = await clinic.api.gql(PATIENT, { p: patients.get(c.instrument)! }, clinic.owner.token);
    const [measure] = result.data!.patientOutcomes.measures;
    expect(measure).toMatchObject({ instrument: c.instrument, changePercent: 50, meaningful: true, meetsClaim: true });
    // The points still show the stored, rounded values, from which the change would have missed 50%.
    expect([measure!.baseline.normalized, measure!.latest.normalized]).toEqual(c.stored);
    const [b, l] = c.stored;
    if (c.instrument !== 'NPRS') expect(((b - l) * 100) / b).toBeLessThan(50);
  });

  it('clinicOutcomes: each instrument’s mean and median change are exactly 50 and every episode meets the claim', async () => {
    const result = await clinic.api.gql(CLINIC, {}, clinic.owner.token);
    const measures = result.data!.clinicOutcomes.measures;
    expect(measures.map((m) => m.instrument)).toEqual(['NPRS', 'PEG', 'ODI', 'NDI', 'RMDQ', 'PSFS']);
    for (const m of measures) {
      expect(m).toEqual({
        instrument: m.instrument,
        episodes: 1,
        withFollowUp: 1,
        changeN: 1,
        meanChangePercent: 50,
        medianChangePercent: 50,
        completers: { meaningfulShare: 1, claimShare: 1 },
        intentionToTreat: { claimShare: 1 },
        summary: `Average ${m.instrument} improvement 50% (n = 1, 100% of episodes followed up): too few to estimate a 95% CI (fewer than 5) or to judge the 50% claim.`,
      });
    }
  });

  it('clinicOutcomes filtered to RMDQ: 14 → 7 meets the claim', async () => {
    const result = await clinic.api.gql(CLINIC, { filter: { instrument: 'RMDQ' } }, clinic.owner.token);
    expect(result.data!.clinicOutcomes.measures).toEqual([
      expect.objectContaining({ instrument: 'RMDQ', meanChangePercent: 50, completers: { meaningfulShare: 1, claimShare: 1 } }),
    ]);
  });
});
