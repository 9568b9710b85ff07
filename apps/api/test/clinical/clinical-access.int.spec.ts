// Who may touch clinical data (PRODUCT.md section 1, ClinicalAccessService): FRONT_DESK nothing but
// recording a screening; a THERAPIST only patients they have a non-cancelled session with; another
// clinic's ids behave as ids that do not exist.
import { randomUUID } from 'node:crypto';
import { graphql } from '../graphql/index.js';
import { codeOf, type GqlResult, type TestApi } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { createPatient, signUpClinic, type TestClinic } from '../support/factories.js';
import { insertSession, insertTreatmentNote, openEpisode, patientOfTherapist, recordAssessment } from '../support/clinical-factories.js';
import { db } from '../support/sql.js';

const NONE = { acuteInjury: false, suspectedFracture: false, severeNerveSymptoms: false, recentSpinalSurgery: false };

interface Fixture {
  patientId: string;
  episodeId: string;
  assessmentId: string;
  sessionId: string;
  auditEventId: string;
}

const OP = {
  recordScreening: graphql(`
    mutation AccessRecordScreening($i: RecordScreeningInput!) {
      recordScreening(input: $i) {
        id
      }
    }
  `),
  recordClearance: graphql(`
    mutation AccessRecordClearance($i: RecordClearanceInput!) {
      recordClearance(input: $i) {
        id
      }
    }
  `),
  screenings: graphql(`
    query AccessScreenings($p: ID!) {
      screenings(patientId: $p) {
        id
      }
    }
  `),
  clearances: graphql(`
    query AccessClearances($p: ID!) {
      clearances(patientId: $p) {
        id
      }
    }
  `),
  openEpisode: graphql(`
    mutation AccessOpenEpisode($i: OpenEpisodeInput!) {
      openEpisode(input: $i) {
        id
      }
    }
  `),
  dischargeEpisode: graphql(`
    mutation AccessDischargeEpisode($id: ID!) {
      dischargeEpisode(id: $id) {
        id
      }
    }
  `),
  Episode: graphql(`
    query AccessEpisode($id: ID!) {
      Episode(id: $id) {
        id
      }
    }
  `),
  allEpisodes: graphql(`
    query AccessAllEpisodes($p: ID) {
      allEpisodes(filter: { patientId: $p }) {
        id
      }
    }
  `),
  _allEpisodesMeta: graphql(`
    query AccessAllEpisodesMeta($p: ID) {
      _allEpisodesMeta(filter: { patientId: $p }) {
        count
      }
    }
  `),
  recordAssessment: graphql(`
    mutation AccessRecordAssessment($i: RecordAssessmentInput!) {
      recordAssessment(input: $i) {
        id
      }
    }
  `),
  amendAssessment: graphql(`
    mutation AccessAmendAssessment($id: ID!) {
      amendAssessment(id: $id, responses: [2], reason: "typo fix") {
        id
      }
    }
  `),
  Assessment: graphql(`
    query AccessAssessment($id: ID!) {
      Assessment(id: $id) {
        id
      }
    }
  `),
  allAssessments: graphql(`
    query AccessAllAssessments($p: ID) {
      allAssessments(filter: { patientId: $p }) {
        id
      }
    }
  `),
  _allAssessmentsMeta: graphql(`
    query AccessAllAssessmentsMeta($p: ID) {
      _allAssessmentsMeta(filter: { patientId: $p }) {
        count
      }
    }
  `),
  assessmentHistory: graphql(`
    query AccessAssessmentHistory($r: ID!) {
      assessmentHistory(rootId: $r) {
        id
      }
    }
  `),
  treatmentNotes: graphql(`
    query AccessTreatmentNotes($p: ID!) {
      treatmentNotes(patientId: $p) {
        id
      }
    }
  `),
  treatmentNote: graphql(`
    query AccessTreatmentNote($s: ID!) {
      treatmentNote(sessionId: $s) {
        id
      }
    }
  `),
  patientOutcomes: graphql(`
    query AccessPatientOutcomes($p: ID!) {
      patientOutcomes(patientId: $p) {
        patientId
      }
    }
  `),
  clinicOutcomes: graphql(`
    query AccessClinicOutcomes {
      clinicOutcomes {
        statement
      }
    }
  `),
  AuditEvent: graphql(`
    query AccessAuditEvent($id: ID!) {
      AuditEvent(id: $id) {
        id
      }
    }
  `),
  allAuditEvents: graphql(`
    query AccessAllAuditEvents {
      allAuditEvents {
        id
      }
    }
  `),
  _allAuditEventsMeta: graphql(`
    query AccessAllAuditEventsMeta {
      _allAuditEventsMeta {
        count
      }
    }
  `),
};
const FIRST_AUDIT_EVENT = graphql(`
  query AccessFirstAuditEvent {
    allAuditEvents(perPage: 1) {
      id
    }
  }
`);
const SCREENING_STATUS = graphql(`
  mutation AccessScreeningStatus($i: RecordScreeningInput!) {
    recordScreening(input: $i) {
      patientClearanceStatus
    }
  }
`);
const MY_LISTS = graphql(`
  query AccessMyLists {
    allAssessments(perPage: 500) {
      patientId
    }
    allEpisodes(perPage: 500) {
      patientId
    }
  }
`);
const ALL_LISTS = graphql(`
  query AccessAllLists {
    allAssessments {
      id
    }
    allEpisodes {
      id
    }
  }
`);

type Call = (token: string) => Promise<GqlResult<unknown>>;

/** Every clinical operation, called with ids from the fixture. */
function operations(api: TestApi, f: Fixture) {
  return {
    recordClearance: (token) => api.gql(OP.recordClearance, { i: { patientId: f.patientId, clinician: 'Dr. A', note: 'ok' } }, token),
    screenings: (token) => api.gql(OP.screenings, { p: f.patientId }, token),
    clearances: (token) => api.gql(OP.clearances, { p: f.patientId }, token),
    openEpisode: (token) => api.gql(OP.openEpisode, { i: { patientId: f.patientId } }, token),
    dischargeEpisode: (token) => api.gql(OP.dischargeEpisode, { id: f.episodeId }, token),
    Episode: (token) => api.gql(OP.Episode, { id: f.episodeId }, token),
    allEpisodes: (token) => api.gql(OP.allEpisodes, { p: f.patientId }, token),
    _allEpisodesMeta: (token) => api.gql(OP._allEpisodesMeta, { p: f.patientId }, token),
    recordAssessment: (token) => api.gql(OP.recordAssessment, { i: { patientId: f.patientId, instrument: 'NPRS', responses: [3] } }, token),
    amendAssessment: (token) => api.gql(OP.amendAssessment, { id: f.assessmentId }, token),
    Assessment: (token) => api.gql(OP.Assessment, { id: f.assessmentId }, token),
    allAssessments: (token) => api.gql(OP.allAssessments, { p: f.patientId }, token),
    _allAssessmentsMeta: (token) => api.gql(OP._allAssessmentsMeta, { p: f.patientId }, token),
    assessmentHistory: (token) => api.gql(OP.assessmentHistory, { r: f.assessmentId }, token),
    treatmentNotes: (token) => api.gql(OP.treatmentNotes, { p: f.patientId }, token),
    treatmentNote: (token) => api.gql(OP.treatmentNote, { s: f.sessionId }, token),
    patientOutcomes: (token) => api.gql(OP.patientOutcomes, { p: f.patientId }, token),
    clinicOutcomes: (token) => api.gql(OP.clinicOutcomes, {}, token),
    AuditEvent: (token) => api.gql(OP.AuditEvent, { id: f.auditEventId }, token),
    allAuditEvents: (token) => api.gql(OP.allAuditEvents, {}, token),
    _allAuditEventsMeta: (token) => api.gql(OP._allAuditEventsMeta, {}, token),
  } satisfies Record<string, Call>;
}
type Operation = keyof ReturnType<typeof operations>;

const PATIENT_OPERATIONS: Operation[] = [
  'recordClearance',
  'screenings',
  'clearances',
  'openEpisode',
  'dischargeEpisode',
  'Episode',
  'allEpisodes',
  '_allEpisodesMeta',
  'recordAssessment',
  'amendAssessment',
  'Assessment',
  'allAssessments',
  '_allAssessmentsMeta',
  'assessmentHistory',
  'treatmentNotes',
  'treatmentNote',
  'patientOutcomes',
];

describe('clinical access', () => {
  const clinic = setupClinic();
  let f: Fixture;
  let ops: ReturnType<typeof operations>;
  let stranger: TestClinic;

  beforeAll(async () => {
    const { api } = clinic;
    stranger = await signUpClinic(api);
    const patient = await patientOfTherapist(clinic);
    const episode = await openEpisode(clinic.api, clinic.owner.token, { patientId: patient.id });
    const assessment = await recordAssessment(clinic.api, clinic.owner.token, {
      patientId: patient.id,
      instrument: 'NPRS',
      responses: [6],
    });
    const session = await insertSession({
      clinicId: clinic.clinicId,
      patientId: patient.id,
      therapistId: clinic.therapist.therapistId,
      serviceTypeId: patient.serviceTypeId,
      createdById: clinic.owner.id,
      status: 'COMPLETED',
      episodeId: episode.id,
    });
    await insertTreatmentNote(clinic.clinicId, session.id, clinic.therapist.id, { pressure: 'MODERATE', patientResponse: 'Felt looser' });
    await clinic.api.gql(OP.recordScreening, { i: { patientId: patient.id, ...NONE, acuteInjury: true } }, clinic.owner.token);
    const events = await clinic.api.gql(FIRST_AUDIT_EVENT, {}, clinic.owner.token);
    f = {
      patientId: patient.id,
      episodeId: episode.id,
      assessmentId: assessment.id,
      sessionId: session.id,
      auditEventId: events.data!.allAuditEvents[0]!.id,
    };
    ops = operations(clinic.api, f);
  });

  it('refuses FRONT_DESK every clinical read and write', async () => {
    const refused: Record<string, string | undefined> = {};
    for (const [name, call] of Object.entries(ops)) refused[name] = codeOf(await call(clinic.frontDesk.token));
    expect(refused).toEqual(Object.fromEntries(Object.keys(ops).map((name) => [name, 'FORBIDDEN'])));
  });

  it('lets FRONT_DESK record a screening (and see the resulting clearance status on the patient)', async () => {
    const patient = await createPatient(clinic.api, clinic.frontDesk.token);
    const result = await clinic.api.gql(
      SCREENING_STATUS,
      { i: { patientId: patient.id, ...NONE, recentSpinalSurgery: true } },
      clinic.frontDesk.token,
    );
    expect(result.data!.recordScreening.patientClearanceStatus).toBe('NEEDS_MEDICAL_CLEARANCE');
  });

  it('refuses a therapist without a session with the patient every patient-level operation', async () => {
    const refused: Record<string, string | undefined> = {};
    for (const name of PATIENT_OPERATIONS) refused[name] = codeOf(await ops[name](clinic.otherTherapist.token));
    refused.recordScreening = codeOf(
      await clinic.api.gql(OP.recordScreening, { i: { patientId: f.patientId, ...NONE } }, clinic.otherTherapist.token),
    );
    expect(refused).toEqual(Object.fromEntries([...PATIENT_OPERATIONS, 'recordScreening'].map((name) => [name, 'FORBIDDEN'])));
  });

  it('a cancelled session grants nothing; a booked one does', async () => {
    const patient = await createPatient(clinic.api, clinic.owner.token);
    const serviceTypeId = (
      await db().query<{ id: string }>(`SELECT id FROM "ServiceType" WHERE "clinicId" = $1 LIMIT 1`, [clinic.clinicId])
    ).rows[0]!.id;
    const session = {
      clinicId: clinic.clinicId,
      patientId: patient.id,
      therapistId: clinic.otherTherapist.therapistId,
      serviceTypeId,
      createdById: clinic.owner.id,
    };
    await insertSession({ ...session, status: 'CANCELLED' });
    const record = { patientId: patient.id, instrument: 'NPRS' as const, responses: [4] };
    expect(codeOf(await clinic.api.gql(OP.recordAssessment, { i: record }, clinic.otherTherapist.token))).toBe('FORBIDDEN');
    await insertSession({ ...session, status: 'BOOKED' });
    expect((await recordAssessment(clinic.api, clinic.otherTherapist.token, record)).id).toBeDefined();
  });

  it('lets the patient’s therapist do every patient-level operation', async () => {
    const codes: Record<string, string | undefined> = {};
    // Reads first; then the writes whose preconditions hold (clearance is needed, episode is open).
    for (const name of <Operation[]>[
      'screenings',
      'clearances',
      'Episode',
      'allEpisodes',
      'Assessment',
      'allAssessments',
      'assessmentHistory',
      'treatmentNotes',
      'treatmentNote',
      'patientOutcomes',
      'clinicOutcomes',
      'recordAssessment',
      'amendAssessment',
      'recordClearance',
      'dischargeEpisode',
      'openEpisode',
    ]) {
      codes[name] = codeOf(await ops[name](clinic.therapist.token));
    }
    expect(Object.entries(codes).filter(([, code]) => code !== undefined)).toEqual([]);
  });

  it('scopes a therapist’s unfiltered lists to their patients', async () => {
    const mine = await clinic.api.gql(MY_LISTS, {}, clinic.otherTherapist.token);
    const allowed = new Set(
      (
        await db().query<{ patientId: string }>(
          `SELECT s."patientId" FROM "Session" s WHERE s."therapistId" = $1 AND s.status <> 'CANCELLED'`,
          [clinic.otherTherapist.therapistId],
        )
      ).rows.map((r) => r.patientId),
    );
    const seen = [...mine.data!.allAssessments, ...mine.data!.allEpisodes].map((r) => r.patientId);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((id) => allowed.has(id))).toBe(true);
    expect(seen).not.toContain(f.patientId);
  });

  it('answers NOT_FOUND for another clinic’s ids, for every operation', async () => {
    const codes: Record<string, string | undefined> = {};
    for (const name of [...PATIENT_OPERATIONS.filter((n) => !n.startsWith('_all') && n !== 'allEpisodes'), 'AuditEvent'] as Operation[]) {
      codes[name] = codeOf(await ops[name](stranger.owner.token));
    }
    codes.recordScreening = codeOf(
      await clinic.api.gql(OP.recordScreening, { i: { patientId: f.patientId, ...NONE } }, stranger.owner.token),
    );
    expect(Object.entries(codes).filter(([, code]) => code !== 'NOT_FOUND')).toEqual([]);
    // and nothing of the other clinic shows up in its lists
    const lists = await clinic.api.gql(ALL_LISTS, {}, stranger.owner.token);
    expect(lists.data).toEqual({ allAssessments: [], allEpisodes: [] });
  });

  it('answers NOT_FOUND for ids that do not exist', async () => {
    const missing = randomUUID();
    const result = await clinic.api.gql(OP.Assessment, { id: missing }, clinic.owner.token);
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
