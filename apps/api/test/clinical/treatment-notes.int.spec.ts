// Treatment notes in SOAP form, correctable like assessments: completeSession writes version 1 (the
// fields the note always had still suffice), an amendment adds version n+1 with who and why and keeps
// every earlier version readable, reads return the latest version only, the session's therapist or an
// owner may amend (no one else), and of concurrent amendments exactly one wins — the partial unique
// indexes decide. Sessions are fixtures moved into the recent past, since attendance is recorded only
// once a session has begun.
import { graphql } from '../graphql/index.js';
import type { TreatmentNoteInput } from '../graphql/graphql.js';
import { codeOf } from '../support/api.js';
import { setupClinic } from '../support/clinic-setup.js';
import { insertServiceType, insertSession, recordAssessment } from '../support/clinical-factories.js';
import { createPatient } from '../support/factories.js';
import { countRows, db, sessionStartedAgo } from '../support/sql.js';

const CHECK_IN = graphql(`
  mutation NotesCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
      status
    }
  }
`);
const COMPLETE = graphql(`
  mutation NotesComplete($id: ID!, $note: TreatmentNoteInput!) {
    completeSession(id: $id, note: $note) {
      id
      status
    }
  }
`);
const NOTE = graphql(`
  query NotesOfSession($sessionId: ID!) {
    treatmentNote(sessionId: $sessionId) {
      id
      rootId
      version
      isLatest
      subjective
      objective
      techniques
      regions
      pressure
      patientResponse
      plan
      nextStep
      amendReason
      authorId
      author {
        id
        name
        role
      }
    }
  }
`);
const NOTES = graphql(`
  query NotesOfPatient($patientId: ID!) {
    treatmentNotes(patientId: $patientId) {
      id
      sessionId
      version
      isLatest
    }
  }
`);
const AMEND = graphql(`
  mutation NotesAmend($id: ID!, $input: TreatmentNoteInput!, $reason: String!) {
    amendTreatmentNote(id: $id, input: $input, reason: $reason) {
      id
      rootId
      version
      isLatest
      subjective
      plan
      nextStep
      patientResponse
      amendReason
      author {
        name
        role
      }
    }
  }
`);
const HISTORY = graphql(`
  query NotesHistory($rootId: ID!) {
    treatmentNoteHistory(rootId: $rootId) {
      id
      version
      isLatest
      subjective
      plan
      amendReason
      createdAt
      author {
        id
        name
        role
      }
    }
  }
`);
const ASSESSMENT_HISTORY = graphql(`
  query NotesAssessmentHistory($rootId: ID!) {
    assessmentHistory(rootId: $rootId) {
      version
      recordedById
      recordedBy {
        id
        name
        role
      }
    }
  }
`);
const AMEND_ASSESSMENT = graphql(`
  mutation NotesAmendAssessment($id: ID!, $responses: [Int]!, $reason: String!) {
    amendAssessment(id: $id, responses: $responses, reason: $reason) {
      id
    }
  }
`);

const SOAP: TreatmentNoteInput = {
  subjective: '  Pain 6/10 after gardening, worse in the morning  ',
  objective: 'Guarding at L4–L5, hypertonic right QL',
  techniques: ['DEEP_TISSUE', 'TRIGGER_POINT', 'DEEP_TISSUE'],
  regions: ['LOWER_BACK'],
  pressure: 'FIRM',
  patientResponse: 'Range of motion improved; pain 3/10 after',
  plan: 'Weekly for 4 weeks, home stretches',
  nextStep: 'Rebook in 1 week, add hip mobility',
};
/** The note as callers wrote it before SOAP: only the four fields it had. */
const LEGACY: TreatmentNoteInput = { techniques: ['SWEDISH'], regions: ['NECK'], pressure: 'LIGHT', patientResponse: 'Relaxed' };

describe('treatment notes in SOAP form', () => {
  const clinic = setupClinic();
  let serviceTypeId: string;
  let pastSlot = 0;

  beforeAll(async () => {
    serviceTypeId = await insertServiceType(clinic.clinicId, 'DEEP_TISSUE');
  });

  /** A session of the main therapist with a new patient, begun a few minutes (a distinct hour) ago, checked in. */
  async function checkedInSession(): Promise<{ sessionId: string; patientId: string }> {
    const patient = await createPatient(clinic.api, clinic.owner.token);
    const { id } = await insertSession({
      clinicId: clinic.clinicId,
      patientId: patient.id,
      therapistId: clinic.therapist.therapistId,
      serviceTypeId,
      createdById: clinic.owner.id,
    });
    await sessionStartedAgo(id, 5 + 90 * pastSlot++);
    const checkedIn = await clinic.api.gql(CHECK_IN, { id }, clinic.therapist.token);
    expect(checkedIn.data?.checkInSession.status).toBe('CHECKED_IN');
    return { sessionId: id, patientId: patient.id };
  }

  /** A completed session with its note (version 1) written by the main therapist. */
  async function completedWithNote(note: TreatmentNoteInput = SOAP) {
    const session = await checkedInSession();
    const done = await clinic.api.gql(COMPLETE, { id: session.sessionId, note }, clinic.therapist.token);
    expect(done.data?.completeSession.status).toBe('COMPLETED');
    const v1 = (await clinic.api.gql(NOTE, { sessionId: session.sessionId }, clinic.therapist.token)).data!.treatmentNote!;
    return { ...session, v1 };
  }

  const amendInput = (change: Partial<TreatmentNoteInput> = {}): TreatmentNoteInput => ({ ...SOAP, ...change });

  it('completeSession stores the SOAP fields, trimmed, techniques without repeats; version 1 is its own root', async () => {
    const { v1 } = await completedWithNote();
    expect(v1).toMatchObject({
      rootId: v1.id,
      version: 1,
      isLatest: true,
      subjective: 'Pain 6/10 after gardening, worse in the morning',
      objective: 'Guarding at L4–L5, hypertonic right QL',
      techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'],
      regions: ['LOWER_BACK'],
      pressure: 'FIRM',
      patientResponse: 'Range of motion improved; pain 3/10 after',
      plan: 'Weekly for 4 weeks, home stretches',
      nextStep: 'Rebook in 1 week, add hip mobility',
      amendReason: null,
      authorId: clinic.therapist.id,
      author: { id: clinic.therapist.id, name: 'Tess Therapist', role: 'THERAPIST' },
    });
  });

  it('keeps working for callers that send only techniques, regions, pressure and response (S, O, P empty)', async () => {
    const { v1 } = await completedWithNote(LEGACY);
    expect(v1).toMatchObject({ subjective: '', objective: '', plan: '', nextStep: '', patientResponse: 'Relaxed', version: 1 });
  });

  it('bounds the SOAP texts like other text inputs, naming the field, and completes nothing', async () => {
    const { sessionId } = await checkedInSession();
    const tooLong = await clinic.api.gql(
      COMPLETE,
      { id: sessionId, note: { ...SOAP, subjective: 'x'.repeat(4001) } },
      clinic.therapist.token,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0]!.extensions.field).toBe('note.subjective');
    const twoLines = await clinic.api.gql(COMPLETE, { id: sessionId, note: { ...SOAP, nextStep: 'one\ntwo' } }, clinic.therapist.token);
    expect(codeOf(twoLines)).toBe('BAD_USER_INPUT');
    expect(twoLines.errors![0]!.extensions.field).toBe('note.nextStep');
    expect(await countRows('TreatmentNote', `"sessionId" = $1`, [sessionId])).toBe(0);
  });

  it('an amendment adds version 2 with who and why; reads return the latest; the history shows every version oldest first', async () => {
    const { sessionId, patientId, v1 } = await completedWithNote();
    const amended = await clinic.api.gql(
      AMEND,
      {
        id: v1.id,
        input: amendInput({ plan: 'Fortnightly for 6 weeks', nextStep: 'Rebook in 2 weeks' }),
        reason: '  Plan agreed after the call  ',
      },
      clinic.therapist.token,
    );
    const v2 = amended.data!.amendTreatmentNote;
    expect(v2).toMatchObject({
      rootId: v1.id,
      version: 2,
      isLatest: true,
      plan: 'Fortnightly for 6 weeks',
      nextStep: 'Rebook in 2 weeks',
      amendReason: 'Plan agreed after the call',
      author: { name: 'Tess Therapist', role: 'THERAPIST' },
    });

    // The owner amends the amendment: version 3, with the owner named
    const v3 = (
      await clinic.api.gql(
        AMEND,
        { id: v2.id, input: amendInput({ subjective: 'Pain 5/10' }), reason: 'Corrected the reported pain' },
        clinic.owner.token,
      )
    ).data!.amendTreatmentNote;
    expect(v3).toMatchObject({ version: 3, subjective: 'Pain 5/10', author: { role: 'OWNER' } });

    const latest = (await clinic.api.gql(NOTE, { sessionId }, clinic.therapist.token)).data!.treatmentNote!;
    expect(latest).toMatchObject({ id: v3.id, version: 3, isLatest: true });
    const listed = (await clinic.api.gql(NOTES, { patientId }, clinic.owner.token)).data!.treatmentNotes;
    expect(listed).toEqual([{ id: v3.id, sessionId, version: 3, isLatest: true }]);

    const history = (await clinic.api.gql(HISTORY, { rootId: v1.id }, clinic.therapist.token)).data!.treatmentNoteHistory;
    expect(history.map((v) => [v.id, v.version, v.isLatest, v.amendReason, v.author?.name, v.author?.role])).toEqual([
      [v1.id, 1, false, null, 'Tess Therapist', 'THERAPIST'],
      [v2.id, 2, false, 'Plan agreed after the call', 'Tess Therapist', 'THERAPIST'],
      [v3.id, 3, true, 'Corrected the reported pain', v3.author!.name, 'OWNER'],
    ]);
    // Earlier versions stay readable as they were written
    expect(history[0]).toMatchObject({ subjective: SOAP.subjective!.trim(), plan: SOAP.plan });
    expect(history[1]).toMatchObject({ subjective: SOAP.subjective!.trim(), plan: 'Fortnightly for 6 weeks' });
    expect(Date.parse(history[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(history[2]!.createdAt));
  });

  it('refuses to amend a superseded version (CONFLICT) and an unknown note (NOT_FOUND)', async () => {
    const { v1 } = await completedWithNote();
    await clinic.api.gql(AMEND, { id: v1.id, input: amendInput({ plan: 'New plan' }), reason: 'Plan changed' }, clinic.therapist.token);
    const stale = await clinic.api.gql(AMEND, { id: v1.id, input: amendInput(), reason: 'Stale edit' }, clinic.therapist.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.field).toBe('id');
    const unknown = await clinic.api.gql(
      AMEND,
      { id: '00000000-0000-4000-8000-000000000000', input: amendInput(), reason: 'No such note' },
      clinic.owner.token,
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(await countRows('TreatmentNote', `"rootId" = $1`, [v1.id])).toBe(2);
  });

  it('requires a reason (BAD_USER_INPUT naming reason) and validates the amended note, storing nothing', async () => {
    const { v1 } = await completedWithNote();
    for (const reason of ['', '   ', 'no']) {
      const refused = await clinic.api.gql(AMEND, { id: v1.id, input: amendInput(), reason }, clinic.therapist.token);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.extensions.field).toBe('reason');
    }
    const noTechnique = await clinic.api.gql(
      AMEND,
      { id: v1.id, input: amendInput({ techniques: [] }), reason: 'Fix' },
      clinic.therapist.token,
    );
    expect(codeOf(noTechnique)).toBe('BAD_USER_INPUT');
    expect(noTechnique.errors![0]!.extensions.field).toBe('input.techniques');
    expect(await countRows('TreatmentNote', `"rootId" = $1`, [v1.id])).toBe(1);
  });

  it('refuses another therapist (even one who treats the patient) and the front desk, audited as DENIED', async () => {
    const { patientId, v1 } = await completedWithNote();
    const attempt = (token: string) =>
      clinic.api.gql(AMEND, { id: v1.id, input: amendInput({ plan: 'Mine' }), reason: 'Not my note' }, token);

    // No session with the patient: the clinical record itself is closed to them
    expect(codeOf(await attempt(clinic.otherTherapist.token))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(clinic.frontDesk.token))).toBe('FORBIDDEN');

    // A session with the patient opens the record for reading, not the other therapist's note for amending
    await insertSession({
      clinicId: clinic.clinicId,
      patientId,
      therapistId: clinic.otherTherapist.therapistId,
      serviceTypeId,
      createdById: clinic.owner.id,
    });
    const history = await clinic.api.gql(HISTORY, { rootId: v1.id }, clinic.otherTherapist.token);
    expect(history.data?.treatmentNoteHistory).toHaveLength(1);
    const refused = await attempt(clinic.otherTherapist.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');

    expect(await countRows('TreatmentNote', `"rootId" = $1`, [v1.id])).toBe(1);
    const { rows } = await db().query<{ actorId: string; entity: string }>(
      `SELECT "actorId", entity FROM "AuditEvent" WHERE action = 'DENIED' AND "patientId" = $1 ORDER BY at`,
      [patientId],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { actorId: clinic.otherTherapist.id, entity: 'Patient' },
        { actorId: clinic.otherTherapist.id, entity: 'TreatmentNote' },
      ]),
    );
  });

  it('of concurrent amendments of one version exactly one wins; the others get CONFLICT and one version stays latest', async () => {
    const { sessionId, v1 } = await completedWithNote();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        clinic.api.gql(
          AMEND,
          { id: v1.id, input: amendInput({ plan: `Plan ${i}` }), reason: `Concurrent correction ${i}` },
          i % 2 === 0 ? clinic.therapist.token : clinic.owner.token,
        ),
      ),
    );
    const won = results.filter((r) => r.data?.amendTreatmentNote);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r !== won[0]).map(codeOf)).toEqual(Array(5).fill('CONFLICT'));
    expect(await countRows('TreatmentNote', `"rootId" = $1`, [v1.id])).toBe(2);
    expect(await countRows('TreatmentNote', `"sessionId" = $1 AND "isLatest"`, [sessionId])).toBe(1);
    const latest = (await clinic.api.gql(NOTE, { sessionId }, clinic.owner.token)).data!.treatmentNote!;
    expect(latest).toMatchObject({ id: won[0]!.data!.amendTreatmentNote.id, version: 2 });
  });

  it('the database itself refuses a second latest version of a note', async () => {
    const { sessionId, v1 } = await completedWithNote();
    await expect(
      db().query(
        `INSERT INTO "TreatmentNote" (id, "clinicId", "sessionId", "rootId", version, "isLatest", "authorId", techniques, regions, pressure, "patientResponse", "amendReason")
         VALUES (gen_random_uuid(), $1, $2, $3, 2, true, $4, '{SWEDISH}', '{NECK}', 'LIGHT', 'x', 'sneaky')`,
        [clinic.clinicId, sessionId, v1.id, clinic.therapist.id],
      ),
    ).rejects.toThrow(/TreatmentNote_latest_per_(root|session)/);
  });

  it('audits the note written on completion, the amendment (with the fields it changed) and the reads of the history', async () => {
    const { patientId, v1 } = await completedWithNote();
    const v2 = (
      await clinic.api.gql(
        AMEND,
        { id: v1.id, input: amendInput({ subjective: 'Pain 4/10', nextStep: 'Discharge next visit' }), reason: 'Added the call notes' },
        clinic.therapist.token,
      )
    ).data!.amendTreatmentNote;
    await clinic.api.gql(HISTORY, { rootId: v1.id }, clinic.owner.token);

    const { rows } = await db().query<{ action: string; actorId: string; entityId: string | null; entityIds: string[]; fields: string[] }>(
      `SELECT action, "actorId", "entityId", "entityIds", fields FROM "AuditEvent" WHERE entity = 'TreatmentNote' AND "patientId" = $1 ORDER BY at, action`,
      [patientId],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'CREATE', actorId: clinic.therapist.id, entityId: v1.id }),
        expect.objectContaining({ action: 'AMEND', actorId: clinic.therapist.id, entityId: v2.id, fields: ['subjective', 'nextStep'] }),
        expect.objectContaining({ action: 'READ', actorId: clinic.owner.id, entityIds: expect.arrayContaining([v1.id, v2.id]) }),
      ]),
    );
  });

  it('the assessment history names who recorded each version', async () => {
    const { patientId } = await checkedInSession();
    const v1 = await recordAssessment(clinic.api, clinic.therapist.token, { patientId, instrument: 'NPRS', responses: [7] });
    await clinic.api.gql(AMEND_ASSESSMENT, { id: v1.id, responses: [6], reason: 'Patient corrected it' }, clinic.owner.token);
    const history = (await clinic.api.gql(ASSESSMENT_HISTORY, { rootId: v1.id }, clinic.therapist.token)).data!.assessmentHistory;
    expect(history).toEqual([
      { version: 1, recordedById: clinic.therapist.id, recordedBy: { id: clinic.therapist.id, name: 'Tess Therapist', role: 'THERAPIST' } },
      { version: 2, recordedById: clinic.owner.id, recordedBy: { id: clinic.owner.id, name: expect.any(String), role: 'OWNER' } },
    ]);
  });
});
