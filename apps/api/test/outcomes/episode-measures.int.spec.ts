// EpisodeMeasure, the per-episode summary clinicOutcomes reads, follows every write: an amendment of
// the latest point, a back-dated assessment that becomes the new baseline (moving the episode out of a
// period), and concurrent recordings in one episode, none of which may leave a stale summary.
import { graphql } from '../graphql/index.js';
import type { ClinicOutcomesFilter } from '../graphql/graphql.js';
import { setupClinic } from '../support/clinic-setup.js';
import { AMEND, openEpisode, patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';
import { db } from '../support/sql.js';

const CLINIC = graphql(`
  query MeasuresClinicOutcomes($filter: ClinicOutcomesFilter) {
    clinicOutcomes(filter: $filter) {
      measures {
        instrument
        episodes
        withFollowUp
        dropouts
        meanChangePercent
      }
    }
  }
`);
const PATIENT = graphql(`
  query MeasuresPatientOutcomes($p: ID!) {
    patientOutcomes(patientId: $p) {
      measures {
        instrument
        changePoints
        changePercent
        baseline {
          assessmentId
          score
        }
        latest {
          assessmentId
          score
        }
      }
    }
  }
`);
const JANUARY = { from: '2025-01-08T00:00:00Z', to: '2025-02-01T00:00:00Z' };

describe('episode measures follow assessment writes', () => {
  const clinic = setupClinic();

  const nprsOfClinic = async (filter: ClinicOutcomesFilter = {}) => {
    const result = await clinic.api.gql(CLINIC, { filter: { instrument: 'NPRS', ...filter } }, clinic.owner.token);
    return result.data!.clinicOutcomes.measures.find((m) => m.instrument === 'NPRS');
  };
  const nprsOfPatient = async (patientId: string) =>
    (await clinic.api.gql(PATIENT, { p: patientId }, clinic.owner.token)).data!.patientOutcomes.measures.find(
      (m) => m.instrument === 'NPRS',
    );

  it('updates clinic and patient figures on an amendment and on a back-dated new baseline', async () => {
    const { id: patientId } = await patientOfTherapist(clinic);
    const token = clinic.therapist.token;
    await openEpisode(clinic.api, token, { patientId, startedAt: '2025-01-01T00:00:00Z' });
    const first = await recordAssessment(clinic.api, token, {
      patientId,
      instrument: 'NPRS',
      responses: [8],
      takenAt: '2025-01-10T10:00:00.000Z',
    });
    expect(await nprsOfClinic(JANUARY)).toEqual({ instrument: 'NPRS', episodes: 1, withFollowUp: 0, dropouts: 1, meanChangePercent: null });

    // 8 → 6: 25 %.
    const second = await recordAssessment(clinic.api, token, {
      patientId,
      instrument: 'NPRS',
      responses: [6],
      takenAt: '2025-01-20T10:00:00.000Z',
    });
    expect(await nprsOfClinic(JANUARY)).toEqual({ instrument: 'NPRS', episodes: 1, withFollowUp: 1, dropouts: 0, meanChangePercent: 25 });

    // The follow-up amended to 4: 8 → 4 = 50 %.
    const amended = (await clinic.api.gql(AMEND, { id: second.id, responses: [4], reason: 'Misheard the patient' }, token)).data!
      .amendAssessment;
    expect(await nprsOfClinic(JANUARY)).toEqual({ instrument: 'NPRS', episodes: 1, withFollowUp: 1, dropouts: 0, meanChangePercent: 50 });
    expect(await nprsOfPatient(patientId)).toMatchObject({
      changePoints: 4,
      changePercent: 50,
      baseline: { assessmentId: first.id, score: 8 },
      latest: { assessmentId: amended.id, score: 4 },
    });

    // A back-dated 10 on 5 January becomes the baseline: 10 → 4 = 60 %, and the episode's baseline
    // now falls before the period, so the period no longer includes it.
    const earlier = await recordAssessment(clinic.api, token, {
      patientId,
      instrument: 'NPRS',
      responses: [10],
      takenAt: '2025-01-05T10:00:00.000Z',
    });
    expect(await nprsOfClinic({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' })).toEqual({
      instrument: 'NPRS',
      episodes: 1,
      withFollowUp: 1,
      dropouts: 0,
      meanChangePercent: 60,
    });
    expect(await nprsOfClinic(JANUARY)).toEqual({ instrument: 'NPRS', episodes: 0, withFollowUp: 0, dropouts: 0, meanChangePercent: null });
    expect(await nprsOfPatient(patientId)).toMatchObject({
      changePoints: 6,
      changePercent: 60,
      baseline: { assessmentId: earlier.id, score: 10 },
      latest: { assessmentId: amended.id, score: 4 },
    });

    // Amending the baseline itself: 5 → 4 = 20 %.
    await clinic.api.gql(AMEND, { id: earlier.id, responses: [5], reason: 'Wrong form' }, token);
    expect(await nprsOfClinic({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' })).toMatchObject({
      episodes: 1,
      meanChangePercent: 20,
    });
  });

  it('counts every one of several concurrent recordings in one episode', async () => {
    const { id: patientId } = await patientOfTherapist(clinic);
    const token = clinic.therapist.token;
    const episode = await openEpisode(clinic.api, token, { patientId, startedAt: '2025-03-01T00:00:00Z' });
    const days = [2, 3, 4, 5, 6, 7];
    await Promise.all(
      days.map((d) =>
        recordAssessment(clinic.api, token, { patientId, instrument: 'NPRS', responses: [d], takenAt: `2025-03-0${d}T10:00:00.000Z` }),
      ),
    );
    const { rows } = await db().query(
      `SELECT points, "baselineScore", "latestScore" FROM "EpisodeMeasure" WHERE "episodeId" = $1 AND instrument = 'NPRS'`,
      [episode.id],
    );
    expect(rows).toEqual([{ points: 6, baselineScore: 2, latestScore: 7 }]);
  });
});
