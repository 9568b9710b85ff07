// Screening and clearance (PRODUCT.md section 3) and episodes of care: the clearance status machine,
// one open episode per patient under concurrency, and assessments joining (or opening) the open one.
import { codeOf, startApi, type TestApi } from '../support/api.js';
import { createPatient } from '../support/factories.js';
import { clinicalClinic, closeDb, countRows, insertSession, OPEN_EPISODE, openEpisode, patientOfTherapist, RECORD, recordAssessment, type ClinicalClinic } from '../support/clinical-factories.js';

const SCREEN = `mutation($input: RecordScreeningInput!) { recordScreening(input: $input) { id patientId contraindications patientClearanceStatus recordedAt } }`;
const CLEAR = `mutation($input: RecordClearanceInput!) { recordClearance(input: $input) { id patientId clinician note clearedAt } }`;
const STATUS = `query($id: ID!) { Patient(id: $id) { clearanceStatus } }`;
const DISCHARGE = `mutation($id: ID!, $note: String, $dischargedAt: DateTime) { dischargeEpisode(id: $id, note: $note, dischargedAt: $dischargedAt) { id open dischargedAt dischargeNote } }`;
const NONE = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };

describe('screening and clearance', () => {
  let api: TestApi;
  let clinic: ClinicalClinic;

  beforeAll(async () => {
    api = await startApi();
    clinic = await clinicalClinic(api);
  });
  afterAll(async () => {
    await closeDb();
    await api.close();
  });

  const status = async (id: string) => (await api.gql(STATUS, { id }, clinic.frontDesk.token)).data!.Patient.clearanceStatus;

  it('a clean screening by the front desk sets NOT_REQUIRED', async () => {
    const patient = await createPatient(api, clinic.frontDesk.token);
    expect(await status(patient.id)).toBe('NOT_SCREENED');
    const result = await api.gql(SCREEN, { input: { patientId: patient.id, ...NONE, notes: 'all clear' } }, clinic.frontDesk.token);
    expect(result.data!.recordScreening).toMatchObject({ contraindications: [], patientClearanceStatus: 'NOT_REQUIRED' });
  });

  it.each(['acuteInjury', 'suspectedFracture', 'severeNerveSymptoms', 'recentSpinalSurgery'])('%s requires clearance, which a clinician record then gives', async (flag) => {
    const { id } = await patientOfTherapist(api, clinic);
    const screened = await api.gql(SCREEN, { input: { patientId: id, ...NONE, [flag]: true } }, clinic.frontDesk.token);
    expect(screened.data!.recordScreening).toMatchObject({ contraindications: [flag], patientClearanceStatus: 'NEEDS_MEDICAL_CLEARANCE' });
    const cleared = await api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. Ana Ruiz, MD', note: 'Cleared for light massage' } }, clinic.therapist.token);
    expect(cleared.data!.recordClearance).toMatchObject({ patientId: id, clinician: 'Dr. Ana Ruiz, MD' });
    expect(await status(id)).toBe('CLEARED');
  });

  it('a clean re-screening does not lift a needed clearance; a new contraindication after clearance needs a new one', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    await api.gql(SCREEN, { input: { patientId: id, ...NONE, suspectedFracture: true } }, clinic.owner.token);
    await api.gql(SCREEN, { input: { patientId: id, ...NONE } }, clinic.frontDesk.token);
    expect(await status(id)).toBe('NEEDS_MEDICAL_CLEARANCE');
    await api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. Lee', note: 'X-ray negative' } }, clinic.owner.token);
    await api.gql(SCREEN, { input: { patientId: id, ...NONE } }, clinic.frontDesk.token);
    expect(await status(id)).toBe('CLEARED');
    await api.gql(SCREEN, { input: { patientId: id, ...NONE, severeNerveSymptoms: true } }, clinic.therapist.token);
    expect(await status(id)).toBe('NEEDS_MEDICAL_CLEARANCE');
  });

  it('refuses a clearance when none is needed (INVALID_TRANSITION) and stores nothing', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    for (const step of [null, NONE]) {
      if (step) await api.gql(SCREEN, { input: { patientId: id, ...step } }, clinic.owner.token);
      const result = await api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. X', note: 'n/a' } }, clinic.owner.token);
      expect(codeOf(result)).toBe('INVALID_TRANSITION');
    }
    expect(await countRows('Clearance', `"patientId" = $1`, [id])).toBe(0);
  });

  it('lets the owner and the patient’s therapist read screenings and clearances, newest first', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    await api.gql(SCREEN, { input: { patientId: id, ...NONE, acuteInjury: true, notes: 'swollen ankle' } }, clinic.frontDesk.token);
    await api.gql(CLEAR, { input: { patientId: id, clinician: 'Dr. Q', note: 'ok' } }, clinic.owner.token);
    const read = await api.gql(`query($p: ID!) { screenings(patientId: $p) { contraindications } clearances(patientId: $p) { clinician } }`, { p: id }, clinic.therapist.token);
    expect(read.data).toEqual({ screenings: [{ contraindications: ['acuteInjury'] }], clearances: [{ clinician: 'Dr. Q' }] });
  });
});

describe('episodes of care', () => {
  let api: TestApi;
  let clinic: ClinicalClinic;

  beforeAll(async () => {
    api = await startApi();
    clinic = await clinicalClinic(api);
  });
  afterAll(async () => {
    await closeDb();
    await api.close();
  });

  it('opens one episode with the patient’s region by default, refuses a second, and discharges', async () => {
    const { id } = await patientOfTherapist(api, clinic, { complaintRegion: 'NECK' });
    const episode = await openEpisode(api, clinic.therapist.token, { patientId: id, chronicity: 'SUBACUTE', goal: 'Turn head while driving' });
    expect(episode).toMatchObject({ patientId: id, region: 'NECK', chronicity: 'SUBACUTE', open: true, dischargedAt: null });
    expect(codeOf(await api.gql(OPEN_EPISODE, { input: { patientId: id } }, clinic.owner.token))).toBe('CONFLICT');

    const early = await api.gql(DISCHARGE, { id: episode.id, dischargedAt: '2000-01-01T00:00:00Z' }, clinic.owner.token);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    const discharged = await api.gql(DISCHARGE, { id: episode.id, note: 'Goals met' }, clinic.therapist.token);
    expect(discharged.data!.dischargeEpisode).toMatchObject({ id: episode.id, open: false, dischargeNote: 'Goals met' });
    expect(codeOf(await api.gql(DISCHARGE, { id: episode.id }, clinic.owner.token))).toBe('INVALID_TRANSITION');
    const second = await openEpisode(api, clinic.owner.token, { patientId: id });
    const list = await api.gql(`query($f: EpisodeFilter) { allEpisodes(filter: $f) { id open } _allEpisodesMeta(filter: $f) { count } }`, { f: { patientId: id } }, clinic.owner.token);
    expect(list.data).toEqual({ allEpisodes: [{ id: second.id, open: true }, { id: episode.id, open: false }], _allEpisodesMeta: { count: 2 } });
  });

  it('of 10 concurrent openEpisode calls exactly one succeeds, the rest are CONFLICT', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql(OPEN_EPISODE, { input: { patientId: id } }, clinic.owner.token)));
    expect(results.filter((r) => r.data?.openEpisode).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(9);
    expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [id])).toBe(1);
  });

  it('concurrent assessments without an episode all join one episode they open together', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api.gql(RECORD, { input: { patientId: id, instrument: 'NPRS', responses: [i] } }, clinic.owner.token)),
    );
    const episodeIds = new Set(results.map((r) => r.data!.recordAssessment.episodeId));
    expect(episodeIds.size).toBe(1);
    expect(await countRows('EpisodeOfCare', `"patientId" = $1`, [id])).toBe(1);
  });

  it('an assessment joins the open episode, or the session’s, and refuses another patient’s episode or session', async () => {
    const a = await patientOfTherapist(api, clinic);
    const b = await patientOfTherapist(api, clinic);
    const episodeA = await openEpisode(api, clinic.owner.token, { patientId: a.id });
    const joined = await recordAssessment(api, clinic.owner.token, { patientId: a.id, instrument: 'NPRS', responses: [5] });
    expect(joined.episodeId).toBe(episodeA.id);

    const session = await insertSession({ clinicId: clinic.clinicId, patientId: a.id, therapistId: clinic.therapist.therapistId, serviceTypeId: a.serviceTypeId, createdById: clinic.owner.id, status: 'COMPLETED', episodeId: episodeA.id });
    const withSession = await recordAssessment(api, clinic.owner.token, { patientId: a.id, instrument: 'NPRS', responses: [4], sessionId: session.id });
    expect(withSession).toMatchObject({ episodeId: episodeA.id, sessionId: session.id });

    const wrongEpisode = await api.gql(RECORD, { input: { patientId: b.id, instrument: 'NPRS', responses: [5], episodeId: episodeA.id } }, clinic.owner.token);
    expect(codeOf(wrongEpisode)).toBe('BAD_USER_INPUT');
    expect(wrongEpisode.errors![0]!.extensions.field).toBe('episodeId');
    const wrongSession = await api.gql(RECORD, { input: { patientId: b.id, instrument: 'NPRS', responses: [5], sessionId: session.id } }, clinic.owner.token);
    expect(wrongSession.errors![0]!.extensions.field).toBe('sessionId');
    expect(await countRows('Assessment', `"patientId" = $1`, [b.id])).toBe(0);
  });

  it('an episode opened for a back-dated first assessment starts when it was taken', async () => {
    const { id } = await patientOfTherapist(api, clinic);
    const a = await recordAssessment(api, clinic.owner.token, { patientId: id, instrument: 'ODI', responses: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], takenAt: '2024-03-01T15:00:00.000Z' });
    const episode = await api.gql(`query($id: ID!) { Episode(id: $id) { startedAt open } }`, { id: a.episodeId }, clinic.owner.token);
    expect(episode.data!.Episode).toEqual({ startedAt: '2024-03-01T15:00:00.000Z', open: true });
    const future = await api.gql(RECORD, { input: { patientId: id, instrument: 'NPRS', responses: [1], takenAt: '2999-01-01T00:00:00Z' } }, clinic.owner.token);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
  });
});
