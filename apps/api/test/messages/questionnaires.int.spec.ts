// Questionnaires at home over the real API and database: the baseline before a first visit (moved
// and withdrawn with it), the patient answering by link with no account (assessments of the episode,
// PATIENT_REPORTED, reminders withdrawn), a progress request after the 4th completed session, the
// discharge and 3-month requests, patients who stopped coming, expiry, and every bad token or answer
// refused with nothing stored.
import { DateTime } from 'luxon';
import { graphql } from '../graphql/index.js';
import type { TreatmentNoteInput } from '../graphql/graphql.js';
import { codeOf, startApi, TEST_JWT_SECRET, unique, type TestApi } from '../support/api.js';
import { createPatient, createStaff } from '../support/factories.js';
import { booked, localAt, schedulingClinic, updateClinicSettings, type SchedulingClinic } from '../support/scheduling-factories.js';
import { signStoredLink } from '../../src/messages/patient-link.js';
import { QuestionnaireSweeper } from '../../src/questionnaires/questionnaire-sweeper.js';
import { sessionStartedAgo, sql } from '../support/sql.js';

const CONTACT = graphql(`
  mutation QuestionnairesContact($id: ID!, $email: String, $emailConsent: Boolean) {
    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
      id
    }
  }
`);

const VIEW = graphql(`
  query QuestionnairesView($token: String!) {
    questionnaireByLink(token: $token) {
      clinicName
      timezone
      occasion
      status
      instruments
      licensedItemText {
        instrument
        items
      }
      expiresAt
      answeredAt
    }
  }
`);

const SUBMIT = graphql(`
  mutation QuestionnairesSubmit($token: String!, $responses: [QuestionnaireAnswerInput!]!) {
    submitQuestionnaire(token: $token, responses: $responses) {
      status
      answeredAt
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation QuestionnairesReschedule($id: ID!, $startsAt: DateTime!) {
    rescheduleSession(id: $id, startsAt: $startsAt) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation QuestionnairesCancel($id: ID!) {
    cancelSession(id: $id, reason: "patient is away") {
      id
    }
  }
`);

const CHECK_IN = graphql(`
  mutation QuestionnairesCheckIn($id: ID!) {
    checkInSession(id: $id) {
      id
    }
  }
`);

const COMPLETE = graphql(`
  mutation QuestionnairesComplete($id: ID!, $note: TreatmentNoteInput!) {
    completeSession(id: $id, note: $note) {
      id
    }
  }
`);

const DISCHARGE = graphql(`
  mutation QuestionnairesDischarge($id: ID!) {
    dischargeEpisode(id: $id, note: "goals met") {
      id
      dischargedAt
    }
  }
`);

const ASSESSMENTS = graphql(`
  query QuestionnairesAssessments($patientId: ID!) {
    allAssessments(filter: { patientId: $patientId }, sortField: "instrument", sortOrder: "ASC") {
      instrument
      score
      episodeId
      source
      recordedById
    }
  }
`);

const SETTINGS = graphql(`
  mutation QuestionnairesSettings(
    $enabled: Boolean
    $every: Int
    $months: Int
    $instruments: [RegionInstrumentsInput!]
    $licensed: [LicensedItemTextInput!]
  ) {
    updateClinicSettings(
      questionnairesEnabled: $enabled
      questionnaireEverySessions: $every
      questionnaireFollowUpMonths: $months
      questionnaireInstruments: $instruments
      licensedItemText: $licensed
    ) {
      questionnairesEnabled
      questionnaireEverySessions
      questionnaireFollowUpMonths
      questionnaireInstruments {
        region
        instruments
      }
      licensedItemText {
        instrument
        items
      }
    }
  }
`);

const STAFF_LIST = graphql(`
  query QuestionnairesStaffList($filter: QuestionnaireRequestFilter) {
    allQuestionnaireRequests(filter: $filter, sortField: "sendAt", sortOrder: "ASC") {
      id
      patientId
      occasion
      status
      instruments
      answeredAt
    }
    _allQuestionnaireRequestsMeta(filter: $filter) {
      count
    }
  }
`);

const NOTE: TreatmentNoteInput = { techniques: ['SWEDISH'], regions: ['LOWER_BACK'], pressure: 'FIRM', patientResponse: 'Looser' };
const ODI = [2, 1, 2, 1, 3, 2, 1, null, 2, 1];

interface RequestRow {
  id: string;
  occasion: string;
  sequence: number;
  status: string;
  instruments: string;
  sendAt: Date;
  expiresAt: Date;
  sessionId: string | null;
  episodeId: string;
}

interface MessageRow {
  id: string;
  status: string;
  sendAt: Date;
  text: string;
  statusReason: string | null;
}

const requestsOf = (patientId: string) =>
  sql<RequestRow>(
    `SELECT id, occasion, sequence, status, instruments::text, "sendAt", "expiresAt", "sessionId", "episodeId"
       FROM "QuestionnaireRequest" WHERE "patientId" = $1 ORDER BY "sendAt", occasion`,
    [patientId],
  );

const messagesOf = (requestId: string) =>
  sql<MessageRow>(
    `SELECT id, status, "sendAt", text, "statusReason" FROM "Message" WHERE "questionnaireRequestId" = $1 ORDER BY "sendAt", "createdAt"`,
    [requestId],
  );

function tokenIn(text: string): string {
  const match = /\/p\/questionnaire\?token=([\w.-]+)/.exec(text);
  if (!match) throw new Error(`No questionnaire link in: ${text}`);
  return match[1]!;
}

describe('questionnaires at home', () => {
  let api: TestApi;
  let s: SchedulingClinic;

  beforeAll(async () => {
    api = await startApi({ PUBLIC_URL: 'https://clinic.example.test' });
    s = await schedulingClinic(api, 'Europe/Berlin');
    await updateClinicSettings(api, s.owner.token, { name: 'Riverside Massage' });
  });

  afterAll(() => api.close());

  async function reachablePatient(region: 'LOWER_BACK' | 'NECK' = 'LOWER_BACK', clinic = s): Promise<string> {
    const { id } = await createPatient(api, clinic.owner.token, { complaintRegion: region });
    const updated = await api.gql(CONTACT, { id, email: `${unique()}@example.test`, emailConsent: true }, clinic.owner.token);
    expect(updated.errors).toBeUndefined();
    return id;
  }

  let pastSlot = 0;
  /** Attendance is recorded only once a session has begun: move it into its own slot of the recent past. */
  const begun = (sessionId: string) => sessionStartedAgo(sessionId, 5 + 90 * pastSlot++);

  const bookFor = (patientId: string, startsAt: string) =>
    booked(api, s.owner.token, { patientId, therapistId: s.therapist.id, serviceTypeId: s.service.id, startsAt });

  // One therapist for the whole suite: every booking gets a time of its own on the given day
  const TIMES = ['08:00', '09:30', '11:00', '12:30', '14:00', '15:30', '17:00', '18:30'];
  const used = new Map<number, number>();
  function freeTime(daysAhead: number): string {
    const n = used.get(daysAhead) ?? 0;
    used.set(daysAhead, n + 1);
    return localAt(s.zone, daysAhead, TIMES[n]!);
  }

  /** A patient whose first visit is booked, with the baseline's first message's token. */
  async function withBaseline(daysAhead = 5, region: 'LOWER_BACK' | 'NECK' = 'LOWER_BACK') {
    const patientId = await reachablePatient(region);
    const session = await bookFor(patientId, freeTime(daysAhead));
    const [request] = await requestsOf(patientId);
    const [first] = await messagesOf(request!.id);
    return { patientId, session, request: request!, token: tokenIn(first!.text) };
  }

  it('asks for the baseline 72 h before the first visit, with two reminders, and follows the visit when it moves or is cancelled', async () => {
    const { patientId, session, request } = await withBaseline(6);
    expect(request).toMatchObject({ occasion: 'BASELINE', status: 'PENDING', instruments: '{ODI,NPRS}', sessionId: session.id });
    const startsAt = Date.parse(session.startsAt);
    expect(request.expiresAt.getTime()).toBe(startsAt);
    const messages = await messagesOf(request.id);
    expect(messages.map((m) => m.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
    // Three days before, then 2 days and 1 day before the visit (all in daytime, Berlin)
    expect(messages.map((m) => (startsAt - m.sendAt.getTime()) / 3_600_000)).toEqual([72, 48, 24]);
    expect(messages[0]!.text).toContain('Before your first visit on');
    expect(messages[0]!.text).toContain('the Oswestry Disability Index and the Numeric Pain Rating Scale');
    expect(messages[1]!.text).toMatch(/^A reminder from Riverside Massage/);

    const movedTo = freeTime(8);
    const moved = await api.gql(RESCHEDULE, { id: session.id, startsAt: movedTo }, s.owner.token);
    expect(moved.errors).toBeUndefined();
    const [replanned] = await requestsOf(patientId);
    expect(replanned!.id).toBe(request.id);
    expect(replanned!.expiresAt.toISOString()).toBe(new Date(movedTo).toISOString());
    const after = await messagesOf(request.id);
    expect(after.filter((m) => m.status === 'CANCELLED')).toHaveLength(3);
    expect(after.filter((m) => m.status === 'SCHEDULED')).toHaveLength(3);
    expect(after.find((m) => m.status === 'CANCELLED')!.statusReason).toMatch(/^The first visit moved to/);

    expect((await api.gql(CANCEL, { id: session.id }, s.owner.token)).errors).toBeUndefined();
    const [withdrawn] = await requestsOf(patientId);
    expect(withdrawn).toMatchObject({ status: 'CANCELLED' });
    expect((await messagesOf(request.id)).every((m) => m.status === 'CANCELLED')).toBe(true);
  });

  it('sends at once when the visit is booked less than 72 h ahead, and asks by region', async () => {
    // Whatever the hour the suite runs at, no quiet hours hold it back (equal start and end: none)
    await sql(`UPDATE "Clinic" SET "quietHoursStart" = '00:00', "quietHoursEnd" = '00:00' WHERE id = $1`, [s.owner.clinicId]);
    try {
      const { request } = await withBaseline(1);
      const [first] = await messagesOf(request.id);
      expect(Math.abs(first!.sendAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    } finally {
      await sql(`UPDATE "Clinic" SET "quietHoursStart" = '21:00', "quietHoursEnd" = '08:00' WHERE id = $1`, [s.owner.clinicId]);
    }

    // Asks by region: the neck gets the Neck Disability Index
    const neck = await withBaseline(4, 'NECK');
    expect(neck.request.instruments).toBe('{NDI,NPRS}');
  });

  it('shows the patient what to answer, stores their answers as patient-reported assessments of the episode, once, and stops the reminders', async () => {
    const { patientId, request, token } = await withBaseline(5);
    const view = await api.gql(VIEW, { token });
    expect(view.errors).toBeUndefined();
    expect(view.data?.questionnaireByLink).toMatchObject({
      clinicName: 'Riverside Massage',
      timezone: 'Europe/Berlin',
      occasion: 'BASELINE',
      status: 'PENDING',
      instruments: ['ODI', 'NPRS'],
      licensedItemText: [],
      answeredAt: null,
    });

    const submitted = await api.gql(SUBMIT, {
      token,
      responses: [
        { instrument: 'ODI', responses: ODI },
        { instrument: 'NPRS', responses: [6] },
      ],
    });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitQuestionnaire.status).toBe('ANSWERED');

    const assessments = (await api.gql(ASSESSMENTS, { patientId }, s.owner.token)).data!.allAssessments;
    expect(assessments).toEqual([
      // 15 of 9 answered sections × 5 = 33.33%
      { instrument: 'NPRS', score: 6, episodeId: request.episodeId, source: 'PATIENT_REPORTED', recordedById: null },
      { instrument: 'ODI', score: 33.33, episodeId: request.episodeId, source: 'PATIENT_REPORTED', recordedById: null },
    ]);
    const [answered] = await requestsOf(patientId);
    expect(answered).toMatchObject({ status: 'ANSWERED' });
    const messages = await messagesOf(request.id);
    // The first message was due later than now too: all three are withdrawn, none will go out
    expect(messages.map((m) => [m.status, m.statusReason])).toEqual([
      ['CANCELLED', 'Answered'],
      ['CANCELLED', 'Answered'],
      ['CANCELLED', 'Answered'],
    ]);

    // A reminder's link is another link to the same request: answered is answered
    const again = await api.gql(SUBMIT, {
      token,
      responses: [
        { instrument: 'NPRS', responses: [2] },
        { instrument: 'ODI', responses: ODI },
      ],
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been answered/);
    expect((await api.gql(VIEW, { token })).data?.questionnaireByLink.status).toBe('ANSWERED');
    expect((await api.gql(ASSESSMENTS, { patientId }, s.owner.token)).data!.allAssessments).toHaveLength(2);
  });

  it('refuses out-of-range, missing and foreign answers item by item, storing nothing', async () => {
    const { patientId, token } = await withBaseline(5);
    const bad = await api.gql(SUBMIT, {
      token,
      responses: [
        { instrument: 'ODI', responses: [2, 1, 6, 1, 3, 2, 1, 0, 2, 1] },
        { instrument: 'PSFS', responses: [3, 4, 5], activities: ['Walking', 'Sitting', 'Lifting'] },
      ],
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const issues = bad.errors?.[0]?.extensions.issues as { field: string; message: string }[];
    expect(issues).toEqual([
      { field: 'responses[0].responses[2]', message: expect.stringMatching(/^Oswestry Disability Index, Lifting: .*5/) },
      { field: 'responses[1].instrument', message: 'PSFS is not part of this questionnaire' },
      { field: 'responses', message: 'The Numeric Pain Rating Scale is not answered' },
    ]);
    const tooFew = await api.gql(SUBMIT, {
      token,
      responses: [
        { instrument: 'ODI', responses: [null, null, null, 1, 3, 2, 1, 0, 2, 1] },
        { instrument: 'NPRS', responses: [11] },
      ],
    });
    expect(codeOf(tooFew)).toBe('BAD_USER_INPUT');
    expect(tooFew.errors?.[0]?.extensions.issues).toEqual([
      { field: 'responses[0].responses', message: expect.stringContaining('Oswestry Disability Index') },
      { field: 'responses[1].responses[0]', message: expect.stringMatching(/^Numeric Pain Rating Scale, Pain intensity now/) },
    ]);
    expect((await api.gql(ASSESSMENTS, { patientId }, s.owner.token)).data!.allAssessments).toEqual([]);
    expect((await requestsOf(patientId))[0]).toMatchObject({ status: 'PENDING' });
  });

  it('refuses tampered, expired, wrong-purpose and other-clinic tokens, and a request whose time has passed', async () => {
    const { patientId, request, token } = await withBaseline(5);
    const answer = [
      { instrument: 'ODI' as const, responses: ODI },
      { instrument: 'NPRS' as const, responses: [4] },
    ];
    const [body, signature] = token.split('.') as [string, string];
    const tampered = `${body.slice(0, -2)}${body.endsWith('A') ? 'B' : 'A'}.${signature}`;
    expect((await api.gql(SUBMIT, { token: tampered, responses: answer })).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not valid/),
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    });

    const expired = signStoredLink(
      { purpose: 'QUESTIONNAIRE', clinicId: s.owner.clinicId, expiresAt: new Date(Date.now() - 1000) },
      TEST_JWT_SECRET,
    );
    expect((await api.gql(VIEW, { token: expired.token })).errors?.[0]?.message).toMatch(/can no longer be answered/);

    // A confirm link of a reminder is not a questionnaire link
    const confirm = signStoredLink(
      { purpose: 'CONFIRM', clinicId: s.owner.clinicId, expiresAt: new Date(Date.now() + 86_400_000) },
      TEST_JWT_SECRET,
    );
    expect(codeOf(await api.gql(SUBMIT, { token: confirm.token, responses: answer }))).toBe('BAD_USER_INPUT');

    // Signed correctly but naming another clinic: under its row-level security the link does not exist
    const other = await schedulingClinic(api);
    const forged = signStoredLink(
      { purpose: 'QUESTIONNAIRE', clinicId: other.owner.clinicId, expiresAt: request.expiresAt },
      TEST_JWT_SECRET,
    );
    const [link] = await sql<{ id: string }>(`SELECT id FROM "PatientLink" WHERE "requestId" = $1 LIMIT 1`, [request.id]);
    await sql(`UPDATE "PatientLink" SET "tokenHash" = $1 WHERE id = $2`, [forged.tokenHash, link!.id]);
    expect((await api.gql(SUBMIT, { token: forged.token, responses: answer })).errors?.[0]?.message).toMatch(/not valid/);

    // The request's window closed (the visit began) while its links still stood
    const [, reminder] = await messagesOf(request.id);
    await sql(
      `UPDATE "QuestionnaireRequest" SET "sendAt" = now() - interval '2 days', "expiresAt" = now() - interval '1 minute' WHERE id = $1`,
      [request.id],
    );
    const late = await api.gql(SUBMIT, { token: tokenIn(reminder!.text), responses: answer });
    expect(late.errors?.[0]?.message).toMatch(/can no longer be answered/);
    expect((await api.gql(VIEW, { token: tokenIn(reminder!.text) })).data?.questionnaireByLink.status).toBe('EXPIRED');
    expect((await api.gql(ASSESSMENTS, { patientId }, s.owner.token)).data!.allAssessments).toEqual([]);

    // The sweep marks it EXPIRED and withdraws what was still to go out
    await api.server.app.get(QuestionnaireSweeper).sweep();
    expect((await requestsOf(patientId))[0]).toMatchObject({ status: 'EXPIRED' });
    expect((await messagesOf(request.id)).some((m) => m.status === 'SCHEDULED')).toBe(false);
  });

  it('asks after the 4th completed session, and at discharge and 3 months later', async () => {
    const patientId = await reachablePatient();
    const sessions = [];
    for (const day of [1, 2, 3, 4, 5]) sessions.push(await bookFor(patientId, freeTime(day)));
    for (const session of sessions.slice(0, 4)) {
      await begun(session.id);
      expect((await api.gql(CHECK_IN, { id: session.id }, s.owner.token)).errors).toBeUndefined();
      expect((await api.gql(COMPLETE, { id: session.id, note: NOTE }, s.owner.token)).errors).toBeUndefined();
      const progress = (await requestsOf(patientId)).filter((r) => r.occasion === 'PROGRESS');
      expect(progress.map((r) => r.sequence)).toEqual(session === sessions[3] ? [4] : []);
    }
    const [progress] = (await requestsOf(patientId)).filter((r) => r.occasion === 'PROGRESS');
    expect(progress!.expiresAt.getTime() - progress!.sendAt.getTime()).toBe(7 * 86_400_000);
    const progressMessages = await messagesOf(progress!.id);
    expect(progressMessages).toHaveLength(3);
    expect(progressMessages[0]!.text).toContain('You have had 4 sessions with us');

    const discharged = await api.gql(DISCHARGE, { id: progress!.episodeId }, s.owner.token);
    expect(discharged.errors).toBeUndefined();
    const dischargedAt = Date.parse(discharged.data!.dischargeEpisode.dischargedAt!);
    const after = await requestsOf(patientId);
    const discharge = after.find((r) => r.occasion === 'DISCHARGE')!;
    const followUp = after.find((r) => r.occasion === 'FOLLOW_UP')!;
    expect(discharge.status).toBe('PENDING');
    // Three months later at the same Berlin wall time (moved out of quiet hours like the request itself)
    const expected = DateTime.fromMillis(discharge.sendAt.getTime(), { zone: 'Europe/Berlin' }).plus({ months: 3 });
    expect(followUp.sendAt.toISOString()).toBe(expected.toUTC().toISO());
    expect(discharge.sendAt.getTime()).toBeGreaterThanOrEqual(dischargedAt - 1000);
    expect((await messagesOf(followUp.id))[0]!.text).toContain('It is 3 months since your treatment with us');
    // A second discharge event plans nothing twice
    expect(after.filter((r) => r.occasion === 'DISCHARGE')).toHaveLength(1);
  });

  it('asks a patient who stopped coming for the discharge questionnaire, and 3 months after their last visit', async () => {
    const patientId = await reachablePatient();
    const session = await bookFor(patientId, freeTime(1));
    // The visit happens: moved from tomorrow to yesterday at the same time of day (attendance is
    // recorded only once a session has begun; the follow-up below keeps its time of day)
    await sql(
      `UPDATE "Session" SET "startsAt" = "startsAt" - interval '2 days', "endsAt" = "endsAt" - interval '2 days',
                          "blockedUntil" = "blockedUntil" - interval '2 days' WHERE id = $1`,
      [session.id],
    );
    expect((await api.gql(CHECK_IN, { id: session.id }, s.owner.token)).errors).toBeUndefined();
    expect((await api.gql(COMPLETE, { id: session.id, note: NOTE }, s.owner.token)).errors).toBeUndefined();
    // Their only visit was 40 days ago, and nothing is booked
    await sql(
      `UPDATE "Session" SET "startsAt" = "startsAt" - interval '39 days', "endsAt" = "endsAt" - interval '39 days',
                          "blockedUntil" = "blockedUntil" - interval '39 days' WHERE id = $1`,
      [session.id],
    );
    await api.server.app.get(QuestionnaireSweeper).sweep();
    const requests = await requestsOf(patientId);
    // The baseline asked before that visit is no longer wanted
    expect(requests.map((r) => [r.occasion, r.status])).toEqual([
      ['BASELINE', 'CANCELLED'],
      ['DISCHARGE', 'PENDING'],
      ['FOLLOW_UP', 'PENDING'],
    ]);
    const [{ startsAt }] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "Session" WHERE id = $1`, [session.id]);
    const expected = DateTime.fromJSDate(startsAt, { zone: 'Europe/Berlin' }).plus({ months: 3 });
    expect(requests[2]!.sendAt.toISOString()).toBe(expected.toUTC().toISO());
    // Sweeping again asks nothing twice
    await api.server.app.get(QuestionnaireSweeper).sweep();
    expect(await requestsOf(patientId)).toHaveLength(3);
  });

  it('asks nothing when the clinic turns questionnaires off, and shows its licensed wording when entered', async () => {
    await sql(`UPDATE "Clinic" SET "questionnairesEnabled" = false WHERE id = $1`, [s.owner.clinicId]);
    try {
      const patientId = await reachablePatient();
      await bookFor(patientId, freeTime(5));
      expect(await requestsOf(patientId)).toEqual([]);
    } finally {
      await sql(`UPDATE "Clinic" SET "questionnairesEnabled" = true WHERE id = $1`, [s.owner.clinicId]);
    }
    const wording = Array.from({ length: 10 }, (_, i) => `Licensed section ${i + 1} text`);
    await sql(`UPDATE "Clinic" SET "licensedItemText" = $1 WHERE id = $2`, [
      JSON.stringify({ ODI: wording, NDI: ['too short'] }),
      s.owner.clinicId,
    ]);
    try {
      const { token } = await withBaseline(5);
      expect((await api.gql(VIEW, { token })).data?.questionnaireByLink.licensedItemText).toEqual([{ instrument: 'ODI', items: wording }]);
    } finally {
      await sql(`UPDATE "Clinic" SET "licensedItemText" = '{}' WHERE id = $1`, [s.owner.clinicId]);
    }
  });

  it('lets the owner set the schedule and licensed wording, naming each bad value and changing nothing then', async () => {
    const other = await schedulingClinic(api);
    const wording = Array.from({ length: 10 }, (_, i) => `Section ${i + 1}, as licensed`);
    const saved = await api.gql(
      SETTINGS,
      {
        every: 3,
        months: 6,
        instruments: [{ region: 'NECK', instruments: ['NDI', 'PSFS', 'NPRS'] }],
        licensed: [{ instrument: 'ODI', items: wording }],
      },
      other.owner.token,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateClinicSettings).toEqual({
      questionnairesEnabled: true,
      questionnaireEverySessions: 3,
      questionnaireFollowUpMonths: 6,
      questionnaireInstruments: [
        { region: 'LOWER_BACK', instruments: ['ODI', 'NPRS'] },
        { region: 'MID_BACK', instruments: ['PSFS', 'NPRS'] },
        { region: 'UPPER_BACK', instruments: ['PSFS', 'NPRS'] },
        { region: 'NECK', instruments: ['NDI', 'PSFS', 'NPRS'] },
      ],
      licensedItemText: [{ instrument: 'ODI', items: wording }],
    });

    const bad = await api.gql(
      SETTINGS,
      {
        every: 2,
        instruments: [{ region: 'MID_BACK', instruments: ['PSFS', 'PSFS'] }],
        licensed: [{ instrument: 'NDI', items: ['only one'] }],
      },
      other.owner.token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions.issues as { field: string }[]).map((i) => i.field)).toEqual([
      'questionnaireInstruments[0].instruments',
      'licensedItemText[0].items',
    ]);
    const out = await api.gql(SETTINGS, { every: 0 }, other.owner.token);
    expect(codeOf(out)).toBe('BAD_USER_INPUT');
    expect(out.errors?.[0]?.message).toMatch(/questionnaireEverySessions/);
    const notLicensed = await api.gql(SETTINGS, { licensed: [{ instrument: 'RMDQ', items: ['x'] }] }, other.owner.token);
    expect(codeOf(notLicensed)).toBe('BAD_USER_INPUT');
    // Nothing of the refused updates was kept; an empty list removes a wording
    const cleared = await api.gql(SETTINGS, { licensed: [{ instrument: 'ODI', items: [] }] }, other.owner.token);
    expect(cleared.data?.updateClinicSettings).toMatchObject({ questionnaireEverySessions: 3, licensedItemText: [] });
    // A therapist cannot change them
    expect(codeOf(await api.gql(SETTINGS, { every: 5 }, other.therapist.staff.token))).toBe('FORBIDDEN');
  });

  it('lists requests for staff: the front desk across the clinic, a therapist only for their own patients', async () => {
    const { patientId, request } = await withBaseline(6);
    const owner = await api.gql(STAFF_LIST, { filter: { patientId } }, s.owner.token);
    expect(owner.data).toEqual({
      allQuestionnaireRequests: [
        { id: request.id, patientId, occasion: 'BASELINE', status: 'PENDING', instruments: ['ODI', 'NPRS'], answeredAt: null },
      ],
      _allQuestionnaireRequestsMeta: { count: 1 },
    });
    const desk = await createStaff(api, s.clinic, 'FRONT_DESK');
    const pending = await api.gql(STAFF_LIST, { filter: { status: 'PENDING' } }, desk.token);
    expect(pending.data?.allQuestionnaireRequests.map((r) => r.id)).toContain(request.id);
    // The clinic's own therapist has this patient's session; another therapist does not
    expect((await api.gql(STAFF_LIST, { filter: { patientId } }, s.therapist.staff.token)).data?._allQuestionnaireRequestsMeta.count).toBe(
      1,
    );
    const stranger = await createStaff(api, s.clinic, 'THERAPIST');
    expect(codeOf(await api.gql(STAFF_LIST, { filter: { patientId } }, stranger.token))).toBe('FORBIDDEN');
    expect((await api.gql(STAFF_LIST, {}, stranger.token)).data?.allQuestionnaireRequests).toEqual([]);
  });
});
