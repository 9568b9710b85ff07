// patientOutcomes on a constructed patient whose every number is worked out by hand below
// (PRODUCT.md section 6): baseline/latest per instrument, change in points and percent, meaningful,
// meets-claim, session numbers counting only the episode's completed sessions, latest versions only.
import { graphql } from '../graphql/index.js';
import type { Instrument } from '../graphql/graphql.js';
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { AMEND, insertSession, openEpisode, patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';

const OUTCOMES = graphql(`
  query PatientOutcomes($p: ID!, $e: ID) {
    patientOutcomes(patientId: $p, episodeId: $e) {
      patientId
      episode {
        id
        open
      }
      measures {
        instrument
        domain
        hasFollowUp
        changePoints
        changePercent
        meaningful
        meetsClaim
        claimTarget
        meaningfulTarget
        baseline {
          assessmentId
          takenAt
          sessionNumber
          score
          normalized
        }
        latest {
          assessmentId
          takenAt
          sessionNumber
          score
          normalized
        }
        series {
          takenAt
          sessionNumber
          score
          normalized
        }
      }
    }
  }
`);
const DISCHARGE = graphql(`
  mutation PatientOutcomesDischarge($id: ID!, $dischargedAt: DateTime) {
    dischargeEpisode(id: $id, dischargedAt: $dischargedAt) {
      id
    }
  }
`);

const at = (iso: string) => `${iso}:00.000Z`;

describe('patient outcomes', () => {
  const clinic = setupClinic();

  it('computes every figure of a constructed episode exactly', async () => {
    const { id: patientId, serviceTypeId } = await patientOfTherapist(clinic);
    const token = clinic.therapist.token;

    // An earlier, discharged episode whose scores must not leak into the current one.
    const old = await openEpisode(clinic.api, token, { patientId, startedAt: '2024-06-01T12:00:00Z' });
    await recordAssessment(clinic.api, token, {
      patientId,
      instrument: 'ODI',
      responses: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
      takenAt: at('2024-06-01T12:00'),
    });
    await clinic.api.gql(DISCHARGE, { id: old.id, dischargedAt: '2024-07-01T00:00:00Z' }, token);

    const episode = await openEpisode(clinic.api, token, { patientId, startedAt: '2025-01-06T14:00:00Z' });
    const session = (startsAt: string, status: 'COMPLETED' | 'CANCELLED' | 'BOOKED') =>
      insertSession({
        clinicId: clinic.clinicId,
        patientId,
        therapistId: clinic.therapist.therapistId,
        serviceTypeId,
        createdById: clinic.owner.id,
        episodeId: episode.id,
        status,
        startsAt: new Date(at(startsAt)),
      });
    // Four completed sessions; the cancelled and the booked one do not count.
    await session('2025-01-06T15:00', 'COMPLETED');
    await session('2025-01-13T15:00', 'COMPLETED');
    await session('2025-01-20T15:00', 'COMPLETED');
    await session('2025-01-27T15:00', 'COMPLETED');
    await session('2025-01-30T15:00', 'CANCELLED');
    await session('2025-02-03T15:00', 'BOOKED');

    const record = (instrument: Instrument, responses: (number | null)[], takenAt: string, activities?: string[]) =>
      recordAssessment(clinic.api, token, { patientId, instrument, responses, takenAt: at(takenAt), activities });
    const activities = ['Lifting my toddler', 'Gardening', 'Sitting through a work meeting'];
    // ODI: 30/50 = 60% before the first session; 20/50 = 40% after the third (amended below to
    // 22/50 = 44%); 11 of 9 answered sections = 11/45 = 24.444… → stored 24.44.
    const odi1 = await record('ODI', [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], '2025-01-06T14:50');
    const odi2 = await record('ODI', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], '2025-01-20T16:00');
    const odi3 = await record('ODI', [2, 2, 1, 1, 1, 1, 1, 1, 1, null], '2025-02-03T16:00');
    const odi2v2 = (
      await clinic.api.gql(AMEND, { id: odi2.id, responses: [3, 3, 2, 2, 2, 2, 2, 2, 2, 2], reason: 'Transcription error' }, token)
    ).data!.amendAssessment;
    // NPRS 8 → 6: 2 points (= MCID) but only 25%.
    const nprs1 = await record('NPRS', [8], '2025-01-06T14:51');
    const nprs2 = await record('NPRS', [6], '2025-02-03T16:01');
    // PSFS mean 3 → 4 (higher is better): +1 point, normalized 70 → 60 = 14.2857…%.
    await record('PSFS', [2, 3, 4], '2025-01-06T14:52', activities);
    await record('PSFS', [4, 4, 4], '2025-02-03T16:02', activities);
    // PEG: a baseline and no follow-up.
    const peg = await record('PEG', [5, 6, 7], '2025-01-13T16:00');

    const result = await clinic.api.gql(OUTCOMES, { p: patientId }, clinic.owner.token);
    const outcomes = result.data!.patientOutcomes;
    expect(outcomes.episode).toEqual({ id: episode.id, open: true });
    const byInstrument = Object.fromEntries(outcomes.measures.map((m) => [m.instrument, m]));
    expect(Object.keys(byInstrument)).toEqual(['NPRS', 'PEG', 'ODI', 'PSFS']);

    const odi = byInstrument.ODI!;
    expect(odi.baseline).toEqual({ assessmentId: odi1.id, takenAt: at('2025-01-06T14:50'), sessionNumber: 0, score: 60, normalized: 60 });
    expect(odi.latest).toEqual({
      assessmentId: odi3.id,
      takenAt: at('2025-02-03T16:00'),
      sessionNumber: 4,
      score: 24.44,
      normalized: 24.44,
    });
    expect(odi.series).toEqual([
      { takenAt: at('2025-01-06T14:50'), sessionNumber: 0, score: 60, normalized: 60 },
      { takenAt: at('2025-01-20T16:00'), sessionNumber: 3, score: 44, normalized: 44 },
      { takenAt: at('2025-02-03T16:00'), sessionNumber: 4, score: 24.44, normalized: 24.44 },
    ]);
    expect(odi2v2.score).toBe(44);
    expect(odi.domain).toBe('FUNCTION');
    expect(odi.hasFollowUp).toBe(true);
    // Change from the full-precision 11/45 = 24.444…, not from the 24.44 shown.
    expect(odi.changePoints).toBeCloseTo(60 - 1100 / 45, 9); // 35.555…
    expect(odi.changePercent).toBeCloseTo(((60 - 1100 / 45) / 60) * 100, 9); // 59.259…
    expect(odi).toMatchObject({ meaningful: true, meetsClaim: true, claimTarget: 30, meaningfulTarget: 42 });

    const nprs = byInstrument.NPRS!;
    expect(nprs.baseline).toMatchObject({ assessmentId: nprs1.id, sessionNumber: 0, score: 8, normalized: 80 });
    expect(nprs.latest).toMatchObject({ assessmentId: nprs2.id, sessionNumber: 4, score: 6, normalized: 60 });
    expect(nprs).toMatchObject({
      domain: 'PAIN',
      changePoints: 2,
      changePercent: 25,
      meaningful: true,
      meetsClaim: false,
      claimTarget: 40,
      meaningfulTarget: 56,
    });

    const psfs = byInstrument.PSFS!;
    expect(psfs.baseline).toMatchObject({ score: 3, normalized: 70 });
    expect(psfs.latest).toMatchObject({ score: 4, normalized: 60 });
    expect(psfs.changePoints).toBe(1);
    expect(psfs.changePercent).toBeCloseTo(100 / 7, 9);
    expect(psfs).toMatchObject({ meaningful: false, meetsClaim: false });

    expect(byInstrument.PEG).toMatchObject({
      hasFollowUp: false,
      changePoints: null,
      changePercent: null,
      meaningful: null,
      meetsClaim: null,
      baseline: { assessmentId: peg.id, sessionNumber: 2, score: 6, normalized: 60 },
      latest: { assessmentId: peg.id },
    });

    // The earlier episode on request, with its own single ODI point.
    const earlier = (await clinic.api.gql(OUTCOMES, { p: patientId, e: old.id }, clinic.owner.token)).data!.patientOutcomes;
    expect(earlier.episode).toEqual({ id: old.id, open: false });
    expect(earlier.measures.map((m) => [m.instrument, m.baseline.score])).toEqual([['ODI', 100]]);

    // After discharge the latest episode is still the default.
    await clinic.api.gql(DISCHARGE, { id: episode.id }, token);
    expect((await clinic.api.gql(OUTCOMES, { p: patientId }, clinic.owner.token)).data!.patientOutcomes.episode).toEqual({
      id: episode.id,
      open: false,
    });
  });

  it('answers an empty outcome for a patient without episodes, and refuses another patient’s episode', async () => {
    const a = await patientOfTherapist(clinic);
    const b = await patientOfTherapist(clinic);
    expect((await clinic.api.gql(OUTCOMES, { p: a.id }, clinic.owner.token)).data!.patientOutcomes).toEqual({
      patientId: a.id,
      episode: null,
      measures: [],
    });
    const episodeB = await openEpisode(clinic.api, clinic.owner.token, { patientId: b.id });
    const wrong = await clinic.api.gql(OUTCOMES, { p: a.id, e: episodeB.id }, clinic.owner.token);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions.field).toBe('episodeId');
  });

  it('a baseline of 0 has no change percent but can still be judged by points', async () => {
    const { id } = await patientOfTherapist(clinic);
    await recordAssessment(clinic.api, clinic.owner.token, {
      patientId: id,
      instrument: 'NPRS',
      responses: [0],
      takenAt: at('2025-03-01T10:00'),
    });
    await recordAssessment(clinic.api, clinic.owner.token, {
      patientId: id,
      instrument: 'NPRS',
      responses: [3],
      takenAt: at('2025-03-08T10:00'),
    });
    const m = (await clinic.api.gql(OUTCOMES, { p: id }, clinic.owner.token)).data!.patientOutcomes.measures[0];
    expect(m).toMatchObject({ instrument: 'NPRS', changePoints: -3, changePercent: null, meaningful: false, meetsClaim: false });
  });
});
