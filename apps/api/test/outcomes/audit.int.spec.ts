// Every read and write of clinical data leaves an AuditEvent (who, role, action, entity, record,
// patient, request, when) holding ids only; the audit log is readable by owners only.
import { randomUUID } from 'node:crypto';
import { codeOf, startApi, type TestApi } from '../support/api.js';
import { AMEND, clinicalClinic, closeDb, db, insertSession, openEpisode, patientOfTherapist, recordAssessment, type ClinicalClinic } from '../support/clinical-factories.js';

const EVENTS = `query($filter: AuditEventFilter) {
  allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") { id actorId actorRole action entity entityId patientId requestId at }
  _allAuditEventsMeta(filter: $filter) { count } }`;

describe('audit trail of clinical data', () => {
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

  it('records each read and write with actor, role, entity, record, patient and request', async () => {
    const { id: patientId, serviceTypeId } = await patientOfTherapist(api, clinic);
    const t = clinic.therapist;
    const screening = (await api.gql(`mutation($i: RecordScreeningInput!) { recordScreening(input: $i) { id } }`, { i: { patientId, acuteInjury: true, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false } }, clinic.frontDesk.token)).data!.recordScreening;
    const clearance = (await api.gql(`mutation($i: RecordClearanceInput!) { recordClearance(input: $i) { id } }`, { i: { patientId, clinician: 'Dr. B', note: 'fine' } }, t.token)).data!.recordClearance;
    const episode = await openEpisode(api, t.token, { patientId });
    const a = await recordAssessment(api, t.token, { patientId, instrument: 'NPRS', responses: [7] });
    const v2 = (await api.gql(AMEND, { id: a.id, responses: [6], reason: 'typo' }, t.token)).data!.amendAssessment;
    const session = await insertSession({ clinicId: clinic.clinicId, patientId, therapistId: t.therapistId, serviceTypeId, createdById: clinic.owner.id, status: 'COMPLETED', episodeId: episode.id });
    const noteId = randomUUID();
    await db().query(`INSERT INTO "TreatmentNote" (id, "clinicId", "sessionId", "authorId", techniques, regions, pressure, "patientResponse") VALUES ($1, $2, $3, $4, '{SWEDISH}', '{LOWER_BACK}', 'LIGHT', 'Relaxed')`, [noteId, clinic.clinicId, session.id, t.id]);

    await api.gql(`query($id: ID!) { Assessment(id: $id) { id } }`, { id: a.id }, t.token);
    await api.gql(`query($p: ID!) { allAssessments(filter: { patientId: $p }) { id } screenings(patientId: $p) { id } clearances(patientId: $p) { id } treatmentNotes(patientId: $p) { id } }`, { p: patientId }, t.token);
    await api.gql(`query($p: ID!) { patientOutcomes(patientId: $p) { patientId } }`, { p: patientId }, clinic.owner.token);
    await api.gql(`query($p: ID!) { screenings(patientId: $p) { id } }`, { p: patientId }, clinic.otherTherapist.token); // refused

    const result = await api.gql(EVENTS, { filter: { patientId } }, clinic.owner.token);
    const events = result.data!.allAuditEvents as Record<string, string>[];
    const seen = events.map((e) => [e.actorRole, e.action, e.entity, e.entityId]);
    // Order within one request is not defined; compare as sets, with the write order checked separately.
    const key = (e: unknown[]) => e.join(' ');
    expect(new Set(seen.map(key))).toEqual(new Set([
      ['FRONT_DESK', 'CREATE', 'Screening', screening.id],
      ['THERAPIST', 'CREATE', 'Clearance', clearance.id],
      ['THERAPIST', 'CREATE', 'EpisodeOfCare', episode.id],
      ['THERAPIST', 'CREATE', 'Assessment', a.id],
      ['THERAPIST', 'AMEND', 'Assessment', v2.id],
      ['THERAPIST', 'READ', 'Assessment', a.id],
      ['THERAPIST', 'READ', 'Assessment', v2.id],
      ['THERAPIST', 'READ', 'Screening', screening.id],
      ['THERAPIST', 'READ', 'Clearance', clearance.id],
      ['THERAPIST', 'READ', 'TreatmentNote', noteId],
      ['OWNER', 'READ', 'PatientOutcomes', episode.id],
      ['THERAPIST', 'DENIED', 'Patient', patientId],
    ].map(key)));
    expect(events.slice(0, 5).map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'CREATE', 'AMEND']);
    expect(result.data!._allAuditEventsMeta.count).toBe(12);
    for (const e of events) {
      expect(e.patientId).toBe(patientId);
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect([clinic.frontDesk.id, t.id, clinic.owner.id, clinic.otherTherapist.id]).toContain(e.actorId);
    }

    const one = await api.gql(`query($id: ID!) { AuditEvent(id: $id) { id entity } }`, { id: events[0]!.id }, clinic.owner.token);
    expect(one.data!.AuditEvent).toEqual({ id: events[0]!.id, entity: 'Screening' });
    const byActor = await api.gql(EVENTS, { filter: { actorId: clinic.frontDesk.id } }, clinic.owner.token);
    expect(byActor.data!._allAuditEventsMeta.count).toBe(1);
  });

  it('records reads of the clinic dashboard', async () => {
    const before = new Date().toISOString();
    await api.gql(`{ clinicOutcomes { statement } }`, {}, clinic.therapist.token);
    const result = await api.gql(EVENTS, { filter: { entity: 'ClinicOutcomes', from: before } }, clinic.owner.token);
    expect(result.data!.allAuditEvents).toEqual([expect.objectContaining({ actorId: clinic.therapist.id, action: 'READ', entityId: null, patientId: null })]);
  });

  it('keeps patient data out of the audit table', async () => {
    const { rows } = await db().query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'AuditEvent' ORDER BY column_name`);
    expect(rows.map((r) => r.column_name)).toEqual(['action', 'actorId', 'actorRole', 'at', 'clinicId', 'entity', 'entityId', 'id', 'patientId', 'requestId']);
  });

  it('lets only owners read the audit log', async () => {
    for (const staff of [clinic.frontDesk, clinic.therapist]) {
      expect(codeOf(await api.gql(EVENTS, {}, staff.token))).toBe('FORBIDDEN');
    }
  });
});
