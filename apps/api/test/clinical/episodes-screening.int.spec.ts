// Screening and clearance (PRODUCT.md section 3) and episodes of care: the clearance status machine,
// one open episode per patient under concurrency, and assessments joining (or opening) the open one.
import { graphql } from '../graphql/index.js';
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { createPatient } from '../support/factories.js';
import { insertSession, OPEN_EPISODE, openEpisode, patientOfTherapist, RECORD, recordAssessment } from '../support/clinical-factories.js';
import { countRows } from '../support/sql.js';

const SCREEN = graphql(`
  mutation ScreeningRecord($input: RecordScreeningInput!) {
    recordScreening(input: $input) {
      id
      patientId
      contraindications
      patientClearanceStatus
      recordedAt
    }
  }
`);
const CLEAR = graphql(`
  mutation ScreeningClear($input: RecordClearanceInput!) {
    recordClearance(input: $input) {
      id
      patientId
      clinician
      note
      clearedAt
    }
  }
`);
const STATUS = graphql(`
  query ScreeningClearanceStatus($id: ID!) {
    Patient(id: $id) {
      clearanceStatus
    }
  }
`);
const SCREENINGS_AND_CLEARANCES = graphql(`
  query ScreeningHistory($p: ID!) {
    screenings(patientId: $p) {
      contraindications
    }
    clearances(patientId: $p) {
      clinician
    }
  }
`);
const DISCHARGE = graphql(`
  mutation EpisodesDischarge($id: ID!, $note: String, $dischargedAt: DateTime) {
    dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) {
      id
      open
      dischargedAt
      dischargeNote
    }
  }
`);
const EPISODES = graphql(`
  query EpisodesList($f: EpisodeFilter) {
    allEpisodes(filter: $f) {
      id
      open
    }
    _allEpisodesMeta(filter: $f) {
      count
    }
  }
`);
const EPISODE = graphql(`
  query EpisodesOne($id: ID!) {
    Episode(id: $id) {
      startedAt
      open
    }
  }
`);
const NONE = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };

describe('screening and clearance', () => {
  const clinic = setupClinic();

  const status = async (id: string) => (await clinic.api.gql(STATUS, { id }, clinic.frontDesk.token)).data!.Patient.clearanceStatus;

  it('a clean screening by the front desk sets NOT_REQUIRED', async () => {
    const patient = await createPatient(clinic.api, clinic.frontDesk.token);
    expect(await status(patient.id)).toBe('NOT_SCREENED');
    const result = await clinic.api.gql(SCREEN, { input: { patientId: patient.id, ...NONE, notes: 'all clear' } }, clinic.frontDesk.token);
    expect(result.data!.recordScreening).toMatchObject({ contraindications: [], patientClearanceStatus: 'NOT_REQUIRED' });
  });

  it.each(['acuteInjury', 'suspectedFracture', 'severeNerveSymptoms', 'recentSpinalSurgery'] as const)(
    '%s requires clearance, which a clinician record then gives',
    async (flag) => {
      const { id } = await patientOfTherapist(clinic);
      const screened = await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE, [flag]: true } }, clinic.frontDesk.token);
      expect(screened.data!.recordScreening).toMatchObject({
        contraindications: [flag],
        patientClearanceStatus: 'NEEDS_MEDICAL_CLEARANCE',
      });
      const cleared = await clinic.api.gql(
        CLEAR,
        { input: { patientId: id, clinician: 'Dr. Ana Ruiz, MD', note: 'Cleared for light massage' } },
        clinic.therapist.token,
      );
      expect(cleared.data!.recordClearance).toMatchObject({ patientId: id, clinician: 'Dr. Ana Ruiz, MD' });
      expect(await status(id)).toBe('CLEARED');
    },
  );

  it('a clean re-screening does not lift a needed clearance; a new contraindication after clearance needs a new one', async () => {
    const { id } = await patientOfTherapist(clinic);
    await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE, suspectedFracture: true } }, clinic.owner.token);
    await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE } }, clinic.frontDesk.token);
    expect(await status(id)).toBe('NEEDS_MEDICAL_CLEARANCE');
    await clinic.api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. Lee', note: 'X-ray negative' } }, clinic.owner.token);
    await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE } }, clinic.frontDesk.token);
    expect(await status(id)).toBe('CLEARED');
    await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE, severeNerveSymptoms: true } }, clinic.therapist.token);
    expect(await status(id)).toBe('NEEDS_MEDICAL_CLEARANCE');
  });

  it('refuses a clearance when none is needed (INVALID_TRANSITION) and stores nothing', async () => {
    const { id } = await patientOfTherapist(clinic);
    for (const step of [null, NONE]) {
      if (step) await clinic.api.gql(SCREEN, { input: { patientId: id, ...step } }, clinic.owner.token);
      const result = await clinic.api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. X', note: 'n/a' } }, clinic.owner.token);
      expect(codeOf(result)).toBe('INVALID_TRANSITION');
    }
    expect(await countRows('Clearance', `"patientId" = $1`, [id])).toBe(0);
  });

  it('lets the owner and the patient’s therapist read screenings and clearances, newest first', async () => {
    const { id } = await patientOfTherapist(clinic);
    await clinic.api.gql(SCREEN, { input: { patientId: id, ...NONE, acuteInjury: true, notes: 'swollen ankle' } }, clinic.frontDesk.token);
    await clinic.api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. Q', note: 'ok' } }, clinic.owner.token);
    const read = await clinic.api.gql(SCREENINGS_AND_CLEARANCES, { p: id }, clinic.therapist.token);
    expect(read.data).toEqual({ screenings: [{ contraindications: ['acuteInjury'] }], clearances: [{ clinician: 'Dr. Q' }] });
  });
});

describe('episodes of care', () => {
  const clinic = setupClinic();

  it('opens one episode with the patient’s region by default, refuses a second, and discharges', async () => {
    const { id } = await patientOfTherapist(clinic, { complaintRegion: 'NECK' });
    const episode = await openEpisode(clinic.api, clinic.therapist.token, {
      patientId: id,
      chronicity: 'SUBACUTE',
      goal: 'Turn head while driving',
    });
    expect(episode).toMatchObject({ patientId: id, region: 'NECK', chronicity: 'SUBACUTE', open: true, dischargedAt: null });
    expect(codeOf(await clinic.api.gql(OPEN_EPISODE, { input: { patientId: id } }, clinic.owner.token))).toBe('CONFLICT');

    const early = await clinic.api.gql(DISCHARGE, { id: episode.id, dischargedAt: '2000-01-01T00:00:00Z' }, clinic.owner.token);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const discharged = await clinic.api.gql(DISCHARGE, { id: episode.id, note: 'Goals met' }, clinic.therapist.token);
    expect(discharged.data!.dischargeEpisode).toMatchObject({ id: episode.id, open: false, dischargeNote: 'Goals met' });
    expect(codeOf(await clinic.api.gql(DISCHARGE, { id: episode.id }, clinic.owner.token))).toBe('INVALID_TRANSITION');
    const second = await openEpisode(clinic.api, clinic.owner.token, { patientId: id });
    const list = await clinic.api.gql(EPISODES, { f: { patientId: id } }, clinic.owner.token);
    expect(list.data).toEqual({
      allEpisodes: [
        { id: second.id, open: true },
        { id: episode.id, open: false },
      ],
      _allEpisodesMeta: { count: 2 },
    });
  });

  it('of 10 concurrent openEpisode calls exactly one succeeds, the rest are CONFLICT', async () => {
    const { id } = await patientOfTherapist(clinic);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => clinic.api.gql(OPEN_EPISODE, { input: { patientId: id } }, clinic.owner.token)),
    );
    expect(results.filter((r) => r.data?.openEpisode).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(9);
    expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [id])).toBe(1);
  });

  it('concurrent assessments without an episode all join one episode they open together', async () => {
    const { id } = await patientOfTherapist(clinic);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        clinic.api.gql(RECORD, { input: { patientId: id, instrument: 'NPRS', responses: [i] } }, clinic.owner.token),
      ),
    );
    const episodeIds = new Set(results.map((r) => r.data!.recordAssessment.episodeId));
    expect(episodeIds.size).toBe(1);
    expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [id])).toBe(1);
  });

  it('an assessment joins the open episode, or the session’s, and refuses another patient’s episode or session', async () => {
    const a = await patientOfTherapist(clinic);
    const b = await patientOfTherapist(clinic);
    const episodeA = await openEpisode(clinic.api, clinic.owner.token, { patientId: a.id });
    const joined = await recordAssessment(clinic.api, clinic.owner.token, { patientId: a.id, instrument: 'NPRS', responses: [5] });
    expect(joined.episodeId).toBe(episodeA.id);

    const session = await insertSession({
      clinicId: clinic.clinicId,
      patientId: a.id,
      therapistId: clinic.therapist.therapistId,
      serviceTypeId: a.serviceTypeId,
      createdById: clinic.owner.id,
      status: 'COMPLETED',
      episodeId: episodeA.id,
    });
    const withSession = await recordAssessment(clinic.api, clinic.owner.token, {
      patientId: a.id,
      instrument: 'NPRS',
      responses: [4],
      sessionId: session.id,
    });
    expect(withSession).toMatchObject({ episodeId: episodeA.id, sessionId: session.id });

    const wrongEpisode = await clinic.api.gql(
      RECORD,
      { input: { patientId: b.id, instrument: 'NPRS', responses: [5], episodeId: episodeA.id } },
      clinic.owner.token,
    );
    expect(codeOf(wrongEpisode)).toBe('BAD_USER_INPUT');
    expect(wrongEpisode.errors![0]!.extensions.field).toBe('episodeId');
    const wrongSession = await clinic.api.gql(
      RECORD,
      { input: { patientId: b.id, instrument: 'NPRS', responses: [5], sessionId: session.id } },
      clinic.owner.token,
    );
    expect(wrongSession.errors![0]!.extensions.field).toBe('sessionId');
    expect(await countRows('Assessment', `"patientId" = $1`, [b.id])).toBe(0);
  });

  it('an episode opened for a back-dated first assessment starts when it was taken', async () => {
    const { id } = await patientOfTherapist(clinic);
    const a = await recordAssessment(clinic.api, clinic.owner.token, {
      patientId: id,
      instrument: 'ODI',
      responses: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      takenAt: '2024-03-01T15:00:00.000Z',
    });
    const episode = await clinic.api.gql(EPISODE, { id: a.episodeId! }, clinic.owner.token);
    expect(episode.data!.Episode).toEqual({ startedAt: '2024-03-01T15:00:00.000Z', open: true });
    const future = await clinic.api.gql(
      RECORD,
      { input: { patientId: id, instrument: 'NPRS', responses: [1], takenAt: '2999-01-01T00:00:00Z' } },
      clinic.owner.token,
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
  });
});
