// Every read and write of clinical data leaves an AuditEvent (who, role, action, entity, record,
// patient, request, when) holding ids only; the audit log is readable by owners only.
import { graphql } from '../graphql/index.js';
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import {
  AMEND,
  insertSession,
  insertTreatmentNote,
  openEpisode,
  patientOfTherapist,
  recordAssessment,
} from '../support/clinical-factories.js';
import { db } from '../support/sql.js';

const EVENTS = graphql(`
  query AuditEvents($filter: AuditEventFilter) {
    allAuditEvents(filter: $filter, perPage: 500, sortField: "at", sortOrder: "ASC") {
      id
      actorId
      actorRole
      action
      entity
      entityId
      patientId
      requestId
      at
    }
    _allAuditEventsMeta(filter: $filter) {
      count
    }
  }
`);
const EVENT = graphql(`
  query AuditEvent($id: ID!) {
    AuditEvent(id: $id) {
      id
      entity
    }
  }
`);
const SCREEN = graphql(`
  mutation AuditRecordScreening($i: RecordScreeningInput!) {
    recordScreening(input: $i) {
      id
    }
  }
`);
const CLEAR = graphql(`
  mutation AuditRecordClearance($i: RecordClearanceInput!) {
    recordClearance(input: $i) {
      id
    }
  }
`);
const READ_ASSESSMENT = graphql(`
  query AuditReadAssessment($id: ID!) {
    Assessment(id: $id) {
      id
    }
  }
`);
const READ_CHART = graphql(`
  query AuditReadChart($p: ID!) {
    allAssessments(filter: { patientId: $p }) {
      id
    }
    screenings(patientId: $p) {
      id
    }
    clearances(patientId: $p) {
      id
    }
    treatmentNotes(patientId: $p) {
      id
    }
  }
`);
const READ_OUTCOMES = graphql(`
  query AuditReadOutcomes($p: ID!) {
    patientOutcomes(patientId: $p) {
      patientId
    }
  }
`);
const READ_SCREENINGS = graphql(`
  query AuditReadScreenings($p: ID!) {
    screenings(patientId: $p) {
      id
    }
  }
`);
const READ_DASHBOARD = graphql(`
  query AuditReadDashboard {
    clinicOutcomes {
      statement
    }
  }
`);

describe('audit trail of clinical data', () => {
  const clinic = setupClinic();

  it('records each read and write with actor, role, entity, record, patient and request', async () => {
    const { id: patientId, serviceTypeId } = await patientOfTherapist(clinic);
    const t = clinic.therapist;
    const screening = (
      await clinic.api.gql(
        SCREEN,
        { i: { patientId, acuteInjury: true, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false } },
        clinic.frontDesk.token,
      )
    ).data!.recordScreening;
    const clearance = (await clinic.api.gql(CLEAR, { i: { patientId, clinician: 'Dr. B', note: 'fine' } }, t.token)).data!.recordClearance;
    const episode = await openEpisode(clinic.api, t.token, { patientId });
    const a = await recordAssessment(clinic.api, t.token, { patientId, instrument: 'NPRS', responses: [7] });
    const v2 = (await clinic.api.gql(AMEND, { id: a.id, responses: [6], reason: 'typo' }, t.token)).data!.amendAssessment;
    const session = await insertSession({
      clinicId: clinic.clinicId,
      patientId,
      therapistId: t.therapistId,
      serviceTypeId,
      createdById: clinic.owner.id,
      status: 'COMPLETED',
      episodeId: episode.id,
    });
    const noteId = await insertTreatmentNote(clinic.clinicId, session.id, t.id);

    await clinic.api.gql(READ_ASSESSMENT, { id: a.id }, t.token);
    await clinic.api.gql(READ_CHART, { p: patientId }, t.token);
    await clinic.api.gql(READ_OUTCOMES, { p: patientId }, clinic.owner.token);
    await clinic.api.gql(READ_SCREENINGS, { p: patientId }, clinic.otherTherapist.token); // refused

    const result = await clinic.api.gql(EVENTS, { filter: { patientId } }, clinic.owner.token);
    const events = result.data!.allAuditEvents;
    const seen = events.map((e) => [e.actorRole, e.action, e.entity, e.entityId]);
    // Order within one request is not defined; compare as sets, with the write order checked separately.
    const key = (e: unknown[]) => e.join(' ');
    expect(new Set(seen.map(key))).toEqual(
      new Set(
        [
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
        ].map(key),
      ),
    );
    expect(events.slice(0, 5).map((e) => e.action)).toEqual(['CREATE', 'CREATE', 'CREATE', 'CREATE', 'AMEND']);
    expect(result.data!._allAuditEventsMeta.count).toBe(12);
    for (const e of events) {
      expect(e.patientId).toBe(patientId);
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect([clinic.frontDesk.id, t.id, clinic.owner.id, clinic.otherTherapist.id]).toContain(e.actorId);
    }

    const one = await clinic.api.gql(EVENT, { id: events[0]!.id }, clinic.owner.token);
    expect(one.data!.AuditEvent).toEqual({ id: events[0]!.id, entity: 'Screening' });
    const byActor = await clinic.api.gql(EVENTS, { filter: { actorId: clinic.frontDesk.id, patientId } }, clinic.owner.token);
    expect(byActor.data!._allAuditEventsMeta.count).toBe(1);
  });

  it('records reads of the clinic dashboard', async () => {
    const before = new Date().toISOString();
    await clinic.api.gql(READ_DASHBOARD, {}, clinic.therapist.token);
    const result = await clinic.api.gql(EVENTS, { filter: { entity: 'ClinicOutcomes', from: before } }, clinic.owner.token);
    expect(result.data!.allAuditEvents).toEqual([
      expect.objectContaining({ actorId: clinic.therapist.id, action: 'READ', entityId: null, patientId: null }),
    ]);
  });

  it('keeps patient data out of the audit table', async () => {
    const { rows } = await db().query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'AuditEvent' ORDER BY column_name`,
    );
    expect(rows.map((r) => r.column_name)).toEqual([
      'action',
      'actorId',
      'actorRole',
      'at',
      'clinicId',
      'entity',
      'entityId',
      'entityIds',
      'fields',
      'id',
      'patientId',
      'patientIds',
      'requestId',
    ]);
  });

  it('lets only owners read the audit log', async () => {
    for (const staff of [clinic.frontDesk, clinic.therapist]) {
      expect(codeOf(await clinic.api.gql(EVENTS, {}, staff.token))).toBe('FORBIDDEN');
    }
  });
});
