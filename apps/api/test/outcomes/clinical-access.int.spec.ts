// Who may touch clinical data (PRODUCT.md section 1, ClinicalAccessService): FRONT_DESK nothing but
// recording a screening; a THERAPIST only patients they have a non-cancelled session with; another
// clinic's ids behave as ids that do not exist.
import { randomUUID } from 'node:crypto';
import { codeOf, startApi, type TestApi } from '../support/api.js';
import { createPatient, signUpClinic, type TestClinic } from '../support/factories.js';
import { clinicalClinic, closeDb, db, insertSession, openEpisode, patientOfTherapist, recordAssessment, type ClinicalClinic } from '../support/clinical-factories.js';

const NONE = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };

interface Fixture {
  patientId: string;
  episodeId: string;
  assessmentId: string;
  sessionId: string;
  auditEventId: string;
}

/** Every clinical operation, called with ids from the fixture. */
function operations(f: Fixture): Record<string, [string, Record<string, unknown>]> {
  return {
    recordClearance: [`mutation($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }`, { i: { patientId: f.patientId, clinician: 'Dr. A', note: 'ok' } }],
    screenings: [`query($p: ID!) { screenings(patientId: $p) { id } }`, { p: f.patientId }],
    clearances: [`query($p: ID!) { clearances(patientId: $p) { id } }`, { p: f.patientId }],
    openEpisode: [`mutation($i: OpenEpisodeInput!) { openEpisode(input: $i) { id } }`, { i: { patientId: f.patientId } }],
    dischargeEpisode: [`mutation($id: ID!) { dischargeEpisode(id: $id) { id } }`, { id: f.episodeId }],
    Episode: [`query($id: ID!) { Episode(id: $id) { id } }`, { id: f.episodeId }],
    allEpisodes: [`query($p: ID) { allEpisodes(filter: { patientId: $p }) { id } }`, { p: f.patientId }],
    _allEpisodesMeta: [`query($p: ID) { _allEpisodesMeta(filter: { patientId: $p }) { count } }`, { p: f.patientId }],
    recordAssessment: [`mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, { i: { patientId: f.patientId, instrument: 'NPRS', responses: [3] } }],
    amendAssessment: [`mutation($id: ID!) { amendAssessment(id: $id, responses: [2], reason: "typo fix") { id } }`, { id: f.assessmentId }],
    Assessment: [`query($id: ID!) { Assessment(id: $id) { id } }`, { id: f.assessmentId }],
    allAssessments: [`query($p: ID) { allAssessments(filter: { patientId: $p }) { id } }`, { p: f.patientId }],
    _allAssessmentsMeta: [`query($p: ID) { _allAssessmentsMeta(filter: { patientId: $p }) { count } }`, { p: f.patientId }],
    assessmentHistory: [`query($r: ID!) { assessmentHistory(rootId: $r) { id } }`, { r: f.assessmentId }],
    treatmentNotes: [`query($p: ID!) { treatmentNotes(patientId: $p) { id } }`, { p: f.patientId }],
    treatmentNote: [`query($s: ID!) { treatmentNote(sessionId: $s) { id } }`, { s: f.sessionId }],
    patientOutcomes: [`query($p: ID!) { patientOutcomes(patientId: $p) { patientId } }`, { p: f.patientId }],
    clinicOutcomes: [`{ clinicOutcomes { statement } }`, {}],
    AuditEvent: [`query($id: ID!) { AuditEvent(id: $id) { id } }`, { id: f.auditEventId }],
    allAuditEvents: [`{ allAuditEvents { id } }`, {}],
    _allAuditEventsMeta: [`{ _allAuditEventsMeta { count } }`, {}],
  };
}

const PATIENT_OPERATIONS = ['recordClearance', 'screenings', 'clearances', 'openEpisode', 'dischargeEpisode', 'Episode', 'allEpisodes', '_allEpisodesMeta', 'recordAssessment', 'amendAssessment', 'Assessment', 'allAssessments', '_allAssessmentsMeta', 'assessmentHistory', 'treatmentNotes', 'treatmentNote', 'patientOutcomes'];

describe('clinical access', () => {
  let api: TestApi;
  let clinic: ClinicalClinic;
  let f: Fixture;
  let stranger: TestClinic;

  beforeAll(async () => {
    api = await startApi();
    clinic = await clinicalClinic(api);
    stranger = await signUpClinic(api);
    const patient = await patientOfTherapist(api, clinic);
    const episode = await openEpisode(api, clinic.owner.token, { patientId: patient.id });
    const assessment = await recordAssessment(api, clinic.owner.token, { patientId: patient.id, instrument: 'NPRS', responses: [6] });
    const session = await insertSession({ clinicId: clinic.clinicId, patientId: patient.id, therapistId: clinic.therapist.therapistId, serviceTypeId: patient.serviceTypeId, createdById: clinic.owner.id, status: 'COMPLETED', episodeId: episode.id });
    await db().query(`INSERT INTO "TreatmentNote" (id, "clinicId", "sessionId", "authorId", techniques, regions, pressure, "patientResponse") VALUES ($1, $2, $3, $4, '{SWEDISH}', '{LOWER_BACK}', 'MODERATE', 'Felt looser')`, [randomUUID(), clinic.clinicId, session.id, clinic.therapist.id]);
    await api.gql(`mutation($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }`, { i: { patientId: patient.id, ...NONE, acuteInjury: true } }, clinic.owner.token);
    const events = await api.gql(`{ allAuditEvents(perPage: 1) { id } }`, {}, clinic.owner.token);
    f = { patientId: patient.id, episodeId: episode.id, assessmentId: assessment.id, sessionId: session.id, auditEventId: events.data!.allAuditEvents[0].id };
  });
  afterAll(async () => {
    await closeDb();
    await api.close();
  });

  it('refuses FRONT_DESK every clinical read and write', async () => {
    const refused: Record<string, string | undefined> = {};
    for (const [name, [query, vars]] of Object.entries(operations(f))) refused[name] = codeOf(await api.gql(query, vars, clinic.frontDesk.token));
    expect(refused).toEqual(Object.fromEntries(Object.keys(operations(f)).map((name) => [name, 'FORBIDDEN'])));
  });

  it('lets FRONT_DESK record a screening (and see the resulting clearance status on the patient)', async () => {
    const patient = await createPatient(api, clinic.frontDesk.token);
    const result = await api.gql(`mutation($i: RecordScreeningInput!) { recordScreening(input: $i) { patientClearanceStatus } }`, { i: { patientId: patient.id, ...NONE, recentSpinalSurgery: true } }, clinic.frontDesk.token);
    expect(result.data!.recordScreening.patientClearanceStatus).toBe('NEEDS_MEDICAL_CLEARANCE');
  });

  it('refuses a therapist without a session with the patient every patient-level operation', async () => {
    const refused: Record<string, string | undefined> = {};
    const ops = operations(f);
    for (const name of [...PATIENT_OPERATIONS, 'recordScreening']) {
      const [query, vars] = name === 'recordScreening' ? [`mutation($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }`, { i: { patientId: f.patientId, ...NONE } }] : ops[name]!;
      refused[name] = codeOf(await api.gql(query, vars, clinic.otherTherapist.token));
    }
    expect(refused).toEqual(Object.fromEntries([...PATIENT_OPERATIONS, 'recordScreening'].map((name) => [name, 'FORBIDDEN'])));
  });

  it('a cancelled session grants nothing; a booked one does', async () => {
    const patient = await createPatient(api, clinic.owner.token);
    const serviceTypeId = (await db().query(`SELECT id FROM "ServiceType" WHERE "clinicId" = $1 LIMIT 1`, [clinic.clinicId])).rows[0].id;
    const session = { clinicId: clinic.clinicId, patientId: patient.id, therapistId: clinic.otherTherapist.therapistId, serviceTypeId, createdById: clinic.owner.id };
    await insertSession({ ...session, status: 'CANCELLED' });
    const record = { patientId: patient.id, instrument: 'NPRS', responses: [4] };
    expect(codeOf(await api.gql(`mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, { i: record }, clinic.otherTherapist.token))).toBe('FORBIDDEN');
    await insertSession({ ...session, status: 'BOOKED' });
    expect((await recordAssessment(api, clinic.otherTherapist.token, record)).id).toBeDefined();
  });

  it('lets the patient’s therapist do every patient-level operation', async () => {
    const ops = operations(f);
    const codes: Record<string, string | undefined> = {};
    // Reads first; then the writes whose preconditions hold (clearance is needed, episode is open).
    for (const name of ['screenings', 'clearances', 'Episode', 'allEpisodes', 'Assessment', 'allAssessments', 'assessmentHistory', 'treatmentNotes', 'treatmentNote', 'patientOutcomes', 'clinicOutcomes', 'recordAssessment', 'amendAssessment', 'recordClearance', 'dischargeEpisode', 'openEpisode']) {
      const [query, vars] = ops[name]!;
      codes[name] = codeOf(await api.gql(query, vars, clinic.therapist.token));
    }
    expect(Object.entries(codes).filter(([, code]) => code !== undefined)).toEqual([]);
  });

  it('scopes a therapist’s unfiltered lists to their patients', async () => {
    const mine = await api.gql(`{ allAssessments(perPage: 500) { patientId } allEpisodes(perPage: 500) { patientId } }`, {}, clinic.otherTherapist.token);
    const allowed = new Set((await db().query(`SELECT s."patientId" FROM "Session" s WHERE s."therapistId" = $1 AND s.status <> 'CANCELLED'`, [clinic.otherTherapist.therapistId])).rows.map((r) => r.patientId));
    const seen = [...mine.data!.allAssessments, ...mine.data!.allEpisodes].map((r: { patientId: string }) => r.patientId);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => allowed.has(id))).toBe(true);
    expect(seen).not.toContain(f.patientId);
  });

  it('answers NOT_FOUND for another clinic’s ids, for every operation', async () => {
    const codes: Record<string, string | undefined> = {};
    const ops = operations(f);
    for (const name of [...PATIENT_OPERATIONS.filter((n) => !n.startsWith('_all') && n !== 'allEpisodes'), 'AuditEvent']) {
      const [query, vars] = ops[name]!;
      codes[name] = codeOf(await api.gql(query, vars, stranger.owner.token));
    }
    codes.recordScreening = codeOf(await api.gql(`mutation($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }`, { i: { patientId: f.patientId, ...NONE } }, stranger.owner.token));
    expect(Object.entries(codes).filter(([, code]) => code !== 'NOT_FOUND')).toEqual([]);
    // and nothing of the other clinic shows up in its lists
    const lists = await api.gql(`{ allAssessments { id } allEpisodes { id } }`, {}, stranger.owner.token);
    expect(lists.data).toEqual({ allAssessments: [], allEpisodes: [] });
  });

  it('answers NOT_FOUND for ids that do not exist', async () => {
    const missing = randomUUID();
    const result = await api.gql(`query($id: ID!) { Assessment(id: $id) { id } }`, { id: missing }, clinic.owner.token);
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
