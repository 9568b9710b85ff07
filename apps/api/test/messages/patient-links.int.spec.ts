// Patient links over the real API: confirm, cancel (late or not), the calendar file and wait-list
// claims, by a client with no account. Tampered, expired, reused, wrong-purpose and other-clinic links
// change nothing; a cancellation by link offers the freed time to the wait list in join order; two
// patients claiming one offer at once end with exactly one booking. Every link operation counts against
// the client address, and past the limit it answers RATE_LIMITED whatever the link.
import { graphql } from '../graphql/index.js';
import { codeOf, startApi, TEST_JWT_SECRET, unique, type GqlResult, type TestApi } from '../support/api.js';
import { createPatient, createStaff } from '../support/factories.js';
import {
  booked,
  localAt,
  schedulingClinic,
  setWorkingHours,
  updateClinicSettings,
  type SchedulingClinic,
} from '../support/scheduling-factories.js';
import { signStoredLink } from '../../src/messages/patient-link.js';
import { closeDb, movedWhile, sql } from '../support/sql.js';

const CONTACT = graphql(`
  mutation LinksContact($id: ID!, $email: String, $emailConsent: Boolean) {
    updatePatient(id: $id, email: $email, emailConsent: $emailConsent) {
      id
    }
  }
`);

const MESSAGES = graphql(`
  query LinksMessages($filter: MessageFilter) {
    allMessages(filter: $filter, perPage: 100, sortField: "sendAt", sortOrder: "ASC") {
      id
      kind
      status
      text
      patientId
    }
  }
`);

const VIEW = graphql(`
  query LinksView($token: String!) {
    patientLink(token: $token) {
      purpose
      clinicName
      therapistName
      serviceName
      startsAt
      sessionStatus
      confirmedAt
      cancelWouldBeLate
      lateCancelWindowHours
      offerStatus
      usedAt
    }
  }
`);

const CONFIRM = graphql(`
  mutation LinksConfirm($token: String!) {
    confirmSessionByLink(token: $token) {
      confirmedAt
      usedAt
    }
  }
`);

const CANCEL = graphql(`
  mutation LinksCancel($token: String!, $reason: String) {
    cancelSessionByLink(token: $token, reason: $reason) {
      sessionStatus
      lateCancel
    }
  }
`);

const CLAIM = graphql(`
  mutation LinksClaim($token: String!) {
    claimWaitlistOffer(token: $token) {
      offerStatus
      startsAt
    }
  }
`);

const REVERT = graphql(`
  mutation LinksRevert($id: ID!, $reason: String!) {
    revertSessionStatus(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const STAFF_CANCEL = graphql(`
  mutation LinksStaffCancel($id: ID!) {
    cancelSession(id: $id, reason: "Therapist unwell") {
      id
      status
    }
  }
`);

const SESSION = graphql(`
  query LinksSession($id: ID!) {
    Session(id: $id) {
      id
      status
      confirmedAt
      lateCancel
      cancelReason
    }
  }
`);

const ADD_WAITING = graphql(`
  mutation LinksAddWaiting($input: CreateWaitlistEntryInput!) {
    createWaitlistEntry(input: $input) {
      id
      status
      windows {
        weekday
        startTime
        endTime
      }
    }
  }
`);

const WAITLIST = graphql(`
  query LinksWaitlist($filter: WaitlistFilter) {
    allWaitlistEntries(filter: $filter) {
      id
      status
      sessionId
      patient {
        id
        name
      }
      offers {
        status
        startsAt
        messageId
      }
    }
    _allWaitlistEntriesMeta(filter: $filter) {
      count
    }
  }
`);

const REMOVE_WAITING = graphql(`
  mutation LinksRemoveWaiting($id: ID!) {
    deleteWaitlistEntry(id: $id) {
      id
    }
  }
`);

function linkOf(text: string, path: string): string {
  const match = new RegExp(`/p/${path.replace('.', '\\.')}\\?token=([\\w.-]+)`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[1]!;
}

describe('patient links and the wait list', () => {
  let api: TestApi;
  let s: SchedulingClinic;

  beforeAll(async () => {
    api = await startApi({ PUBLIC_URL: 'https://clinic.example.test' });
    s = await schedulingClinic(api);
    await updateClinicSettings(api, s.owner.token, { name: 'Harbour Physio', lateCancelWindowHours: 24 });
  });

  afterAll(async () => {
    await closeDb();
    await api.close();
  });

  async function reachablePatient(clinic = s): Promise<string> {
    const { id } = await createPatient(api, clinic.owner.token);
    const updated = await api.gql(CONTACT, { id, email: `${unique()}@example.test`, emailConsent: true }, clinic.owner.token);
    expect(updated.errors).toBeUndefined();
    return id;
  }

  async function reminderOf(sessionId: string, clinic = s): Promise<string> {
    const result = await api.gql(MESSAGES, { filter: { sessionId, kind: 'REMINDER' } }, clinic.owner.token);
    const reminder = result.data?.allMessages[0];
    if (!reminder) throw new Error(`No reminder for ${sessionId}: ${JSON.stringify(result)}`);
    return reminder.text;
  }

  async function sessionRow(id: string) {
    return (await api.gql(SESSION, { id }, s.owner.token)).data!.Session;
  }

  const bookFor = (patientId: string, startsAt: string, clinic = s) =>
    booked(api, clinic.owner.token, { patientId, therapistId: clinic.therapist.id, serviceTypeId: clinic.service.id, startsAt });

  it('shows the appointment, confirms it once, and the schedule sees confirmedAt', async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 5, '10:00'));
    const token = linkOf(await reminderOf(session.id), 'confirm');
    const view = await api.gql(VIEW, { token });
    expect(view.data?.patientLink).toMatchObject({
      purpose: 'CONFIRM',
      clinicName: 'Harbour Physio',
      sessionStatus: 'BOOKED',
      confirmedAt: null,
      usedAt: null,
      cancelWouldBeLate: false,
    });
    expect(view.data?.patientLink.startsAt).toBe(session.startsAt);
    // Opening the page changes nothing: only the click does.
    expect((await sessionRow(session.id)).confirmedAt).toBeNull();

    const confirmed = await api.gql(CONFIRM, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmSessionByLink.confirmedAt).toEqual(expect.any(String));
    const row = await sessionRow(session.id);
    expect(row.confirmedAt).toBe(confirmed.data?.confirmSessionByLink.confirmedAt);

    const again = await api.gql(CONFIRM, { token });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been used/);
    expect((await sessionRow(session.id)).confirmedAt).toBe(row.confirmedAt);
  });

  it('refuses tampered, expired, wrong-purpose and other-clinic links, changing nothing', async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 5, '12:00'));
    const text = await reminderOf(session.id);
    const confirm = linkOf(text, 'confirm');

    const [body, signature] = confirm.split('.') as [string, string];
    const tampered = `${body.slice(0, -2)}${body.endsWith('A') ? 'B' : 'A'}.${signature}`;
    const bad = await api.gql(CONFIRM, { token: tampered });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.field).toBe('token');
    expect(bad.errors?.[0]?.message).toMatch(/not valid/);

    const expired = signStoredLink(
      { purpose: 'CONFIRM', clinicId: s.owner.clinicId, expiresAt: new Date(Date.now() - 1000) },
      TEST_JWT_SECRET,
    );
    expect((await api.gql(CONFIRM, { token: expired.token })).errors?.[0]?.message).toMatch(/expired/);

    // A cancel link is not a confirm link, and the other way round.
    expect(codeOf(await api.gql(CONFIRM, { token: linkOf(text, 'cancel') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(CANCEL, { token: confirm }))).toBe('BAD_USER_INPUT');

    // Correctly signed, but naming another clinic than the one that issued it: under that clinic's
    // row-level security the link does not exist.
    const other = await schedulingClinic(api);
    const forged = signStoredLink(
      { purpose: 'CONFIRM', clinicId: other.owner.clinicId, expiresAt: new Date(Date.now() + 86400000) },
      TEST_JWT_SECRET,
    );
    const [row] = await sql<{ id: string }>(`SELECT id FROM "PatientLink" WHERE "sessionId" = $1 AND purpose = 'CONFIRM' LIMIT 1`, [
      session.id,
    ]);
    await sql(`UPDATE "PatientLink" SET "tokenHash" = $1 WHERE id = $2`, [forged.tokenHash, row!.id]);
    expect(codeOf(await api.gql(CONFIRM, { token: forged.token }))).toBe('BAD_USER_INPUT');

    expect((await sessionRow(session.id)).confirmedAt).toBeNull();
    expect(codeOf(await api.gql(VIEW, { token: 'not-a-token' }))).toBe('BAD_USER_INPUT');
  });

  it('serves the calendar file behind "add to calendar", and a CANCEL once the session is cancelled', async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 6, '10:00'));
    const token = linkOf(await reminderOf(session.id), 'calendar.ics');
    const response = await fetch(`${api.url}/p/calendar.ics?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toContain(`UID:${session.id}@backtrack`);
    const invalid = await fetch(`${api.url}/p/calendar.ics?token=${token.slice(0, -3)}xyz`);
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toMatch(/not valid/);
  });

  it('cancels outside the late window without a flag, and offers the freed time to the wait list in join order', async () => {
    const patientId = await reachablePatient();
    const session = await bookFor(patientId, localAt(s.zone, 5, '15:00'));
    const first = await reachablePatient();
    const second = await reachablePatient();
    const wrongTime = await reachablePatient();
    const weekday = new Date(session.startsAt).getDay() || 7;
    const add = (id: string, windows: { weekday: number; startTime: string; endTime: string }[]) =>
      api.gql(ADD_WAITING, { input: { patientId: id, serviceTypeId: s.service.id, windows } }, s.owner.token);
    expect((await add(first, [])).errors).toBeUndefined();
    expect((await add(second, [{ weekday, startTime: '14:00', endTime: '18:00' }])).errors).toBeUndefined();
    expect((await add(wrongTime, [{ weekday, startTime: '08:00', endTime: '12:00' }])).errors).toBeUndefined();

    const cancelled = await api.gql(CANCEL, { token: linkOf(await reminderOf(session.id), 'cancel'), reason: 'Away on business' });
    expect(cancelled.data?.cancelSessionByLink).toEqual({ sessionStatus: 'CANCELLED', lateCancel: false });
    expect(await sessionRow(session.id)).toMatchObject({
      status: 'CANCELLED',
      lateCancel: false,
      cancelReason: 'Cancelled by the patient: Away on business',
    });

    const offers = await api.gql(MESSAGES, { filter: { kind: 'WAITLIST_OFFER' } }, s.owner.token);
    const offered = offers.data!.allMessages.filter((m) => [first, second, wrongTime].includes(m.patientId ?? ''));
    expect(offered.map((m) => m.patientId)).toEqual([first, second]);
    expect(offered[0]!.text).toMatch(/Claim this time: https:\/\/clinic\.example\.test\/p\/claim\?token=/);
    // The patient who cancelled is told it is done; their reminders are withdrawn.
    const own = await api.gql(MESSAGES, { filter: { sessionId: session.id } }, s.owner.token);
    expect(own.data!.allMessages.filter((m) => m.kind === 'REMINDER').every((m) => m.status === 'CANCELLED')).toBe(true);
    expect(own.data!.allMessages.find((m) => m.kind === 'CANCELLATION')?.text).toMatch(/cancelled, as you asked/);
  });

  it('flags a cancellation inside the late-cancel window, after showing the policy', async () => {
    // A 72-hour window, so that a session two days ahead (always bookable) is inside it.
    await updateClinicSettings(api, s.owner.token, { lateCancelWindowHours: 72 });
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 2, '19:00'));
    const token = linkOf(await reminderOf(session.id), 'cancel');
    const view = await api.gql(VIEW, { token });
    expect(view.data?.patientLink).toMatchObject({ cancelWouldBeLate: true, lateCancelWindowHours: 72 });
    const cancelled = await api.gql(CANCEL, { token });
    expect(cancelled.data?.cancelSessionByLink).toEqual({ sessionStatus: 'CANCELLED', lateCancel: true });
    expect(codeOf(await api.gql(CANCEL, { token }))).toBe('CONFLICT');
    await updateClinicSettings(api, s.owner.token, { lateCancelWindowHours: 24 });
  });

  it('books exactly one of two patients claiming the same offer at once; the other is told it was taken', async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 7, '11:00'));
    const a = await reachablePatient();
    const b = await reachablePatient();
    for (const id of [a, b]) {
      expect(
        (await api.gql(ADD_WAITING, { input: { patientId: id, serviceTypeId: s.service.id, therapistId: s.therapist.id } }, s.owner.token))
          .errors,
      ).toBeUndefined();
    }
    expect((await api.gql(CANCEL, { token: linkOf(await reminderOf(session.id), 'cancel') })).errors).toBeUndefined();
    const offers = (await api.gql(MESSAGES, { filter: { kind: 'WAITLIST_OFFER' } }, s.owner.token)).data!.allMessages;
    const tokens = [a, b].map((id) => linkOf(offers.find((m) => m.patientId === id)!.text, 'claim'));
    const view = await api.gql(VIEW, { token: tokens[0]! });
    expect(view.data?.patientLink).toMatchObject({ purpose: 'CLAIM', offerStatus: 'OPEN', startsAt: session.startsAt });

    const results = await Promise.all(tokens.map((token) => api.gql(CLAIM, { token })));
    if (results.every((r) => r.errors)) throw new Error(JSON.stringify(results.map((r) => r.errors)));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(won[0]!.data?.claimWaitlistOffer).toEqual({ offerStatus: 'CLAIMED', startsAt: session.startsAt });
    expect(lost).toHaveLength(1);
    expect(codeOf(lost[0]!)).toBe('CONFLICT');
    expect(lost[0]!.errors?.[0]?.message).toMatch(/just taken/);

    const atThatTime = await sql<{ patientId: string; createdById: string | null }>(
      `SELECT "patientId", "createdById" FROM "Session" WHERE "therapistId" = $1 AND "startsAt" = $2 AND status = 'BOOKED'`,
      [s.therapist.id, session.startsAt],
    );
    expect(atThatTime).toHaveLength(1);
    expect(atThatTime[0]!.createdById).toBeNull();
    const list = (await api.gql(WAITLIST, { filter: { status: 'BOOKED' } }, s.owner.token)).data!;
    expect(list.allWaitlistEntries.map((e) => e.patient.id)).toEqual([atThatTime[0]!.patientId]);
    expect(list.allWaitlistEntries[0]!.offers[0]!.status).toBe('CLAIMED');
    const loser = (await api.gql(WAITLIST, { filter: { patientId: atThatTime[0]!.patientId === a ? b : a } }, s.owner.token)).data!;
    expect(loser.allWaitlistEntries[0]).toMatchObject({ status: 'WAITING', offers: [{ status: 'TAKEN' }] });
    // A claimed link does not claim again.
    expect(codeOf(await api.gql(CLAIM, { token: tokens[results.indexOf(won[0]!)]! }))).toBe('CONFLICT');
  });

  it('refuses a cancellation or confirmation by link when the session was moved meanwhile, changing nothing', async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 16, '10:00'));
    const reminder = await reminderOf(session.id);
    const refusedWhileMoved = async (ask: () => Promise<GqlResult<unknown>>) => {
      const result = await movedWhile(session.id, 7, ask);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe('This appointment changed a moment ago. Please open the link again.');
      expect(await sessionRow(session.id)).toMatchObject({ status: 'BOOKED', confirmedAt: null, lateCancel: false });
    };
    await refusedWhileMoved(() => api.gql(CANCEL, { token: linkOf(reminder, 'cancel') }));
    await refusedWhileMoved(() => api.gql(CONFIRM, { token: linkOf(reminder, 'confirm') }));
  });

  it("withdraws a cancellation's wait-list offers when an owner reverts it: the claim link says the time was taken", async () => {
    const session = await bookFor(await reachablePatient(), localAt(s.zone, 12, '14:00'));
    const waiting = await reachablePatient();
    const added = await api.gql(
      ADD_WAITING,
      { input: { patientId: waiting, serviceTypeId: s.service.id, therapistId: s.therapist.id } },
      s.owner.token,
    );
    expect(added.errors).toBeUndefined();
    expect((await api.gql(CANCEL, { token: linkOf(await reminderOf(session.id), 'cancel') })).errors).toBeUndefined();
    const offer = (await api.gql(MESSAGES, { filter: { kind: 'WAITLIST_OFFER' } }, s.owner.token)).data!.allMessages.find(
      (m) => m.patientId === waiting,
    );
    const token = linkOf(offer!.text, 'claim');

    const reverted = await api.gql(REVERT, { id: session.id, reason: 'Cancelled the wrong patient' }, s.owner.token);
    expect(reverted.data?.revertSessionStatus.status).toBe('BOOKED');
    const entry = (await api.gql(WAITLIST, { filter: { patientId: waiting } }, s.owner.token)).data!.allWaitlistEntries[0];
    expect(entry).toMatchObject({ status: 'WAITING', offers: [{ status: 'TAKEN', startsAt: session.startsAt }] });
    const view = await api.gql(VIEW, { token });
    expect(view.data?.patientLink).toMatchObject({ purpose: 'CLAIM', offerStatus: 'TAKEN' });
    const claim = await api.gql(CLAIM, { token });
    expect(codeOf(claim)).toBe('CONFLICT');
    expect(claim.errors?.[0]?.message).toMatch(/just taken/);
    const atThatTime = await sql(`SELECT id FROM "Session" WHERE "therapistId" = $1 AND "startsAt" = $2 AND status = 'BOOKED'`, [
      s.therapist.id,
      session.startsAt,
    ]);
    expect(atThatTime.map((r) => r.id)).toEqual([session.id]);

    // Cancelled again, the time is offered again, and this time the claim books it.
    expect((await api.gql(STAFF_CANCEL, { id: session.id }, s.owner.token)).errors).toBeUndefined();
    const offers = (await api.gql(MESSAGES, { filter: { kind: 'WAITLIST_OFFER' } }, s.owner.token)).data!.allMessages.filter(
      (m) => m.patientId === waiting,
    );
    expect(offers).toHaveLength(2);
    const fresh = offers.map((m) => linkOf(m.text, 'claim')).find((t) => t !== token)!;
    const claimed = await api.gql(CLAIM, { token: fresh });
    expect(claimed.data?.claimWaitlistOffer).toEqual({ offerStatus: 'CLAIMED', startsAt: session.startsAt });
  });

  it("offers new time to the wait list when a therapist's hours grow, one time per patient in join order", async () => {
    const own = await schedulingClinic(api);
    // Mornings only; then the afternoons open up.
    const mornings = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '12:00' }));
    expect((await setWorkingHours(api, own.owner.token, own.therapist.id, mornings)).errors).toBeUndefined();
    const early = await reachablePatient(own);
    const late = await reachablePatient(own);
    const afternoonsOnly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: '13:00', endTime: '18:00' }));
    for (const patientId of [early, late]) {
      const added = await api.gql(
        ADD_WAITING,
        { input: { patientId, serviceTypeId: own.service.id, windows: afternoonsOnly } },
        own.owner.token,
      );
      expect(added.errors).toBeUndefined();
    }
    const offersBefore = await api.gql(MESSAGES, { filter: { kind: 'WAITLIST_OFFER' } }, own.owner.token);
    expect(offersBefore.data?.allMessages).toEqual([]);

    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
    expect((await setWorkingHours(api, own.owner.token, own.therapist.id, allDay)).errors).toBeUndefined();
    const list = (await api.gql(WAITLIST, {}, own.owner.token)).data!.allWaitlistEntries;
    const offered = Object.fromEntries(list.map((e) => [e.patient.id, e.offers.map((o) => o.startsAt)]));
    expect(offered[early]).toHaveLength(1);
    expect(offered[late]).toHaveLength(1);
    // The first to join gets the first new time; both are afternoon times, and not the same one.
    expect(Date.parse(offered[early]![0]!)).toBeLessThan(Date.parse(offered[late]![0]!));
    for (const startsAt of [offered[early]![0]!, offered[late]![0]!]) {
      const hour = Number(
        new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: own.zone }).format(new Date(startsAt)),
      );
      expect(hour).toBeGreaterThanOrEqual(13);
    }
    // Setting the same hours again offers nothing new.
    expect((await setWorkingHours(api, own.owner.token, own.therapist.id, allDay)).errors).toBeUndefined();
    const again = (await api.gql(WAITLIST, {}, own.owner.token)).data!.allWaitlistEntries;
    expect(again.flatMap((e) => e.offers)).toHaveLength(2);
  });

  it('keeps the wait list to the owner and front desk, validates windows by item, and deletes', async () => {
    const patientId = await reachablePatient();
    const bad = await api.gql(
      ADD_WAITING,
      {
        input: {
          patientId,
          serviceTypeId: s.service.id,
          windows: [
            { weekday: 2, startTime: '09:00', endTime: '12:00' },
            { weekday: 3, startTime: '13:00', endTime: '12:00' },
          ],
        },
      },
      s.owner.token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.field).toBe('input.windows[1].endTime');
    const badDate = await api.gql(
      ADD_WAITING,
      { input: { patientId, serviceTypeId: s.service.id, earliestDate: '2027-02-30' } },
      s.owner.token,
    );
    expect(badDate.errors?.[0]?.extensions.field).toBe('input.earliestDate');

    const frontDesk = await createStaff(api, s.clinic, 'FRONT_DESK');
    const therapist = await createStaff(api, s.clinic, 'THERAPIST');
    const made = await api.gql(ADD_WAITING, { input: { patientId, serviceTypeId: s.service.id } }, frontDesk.token);
    expect(made.data?.createWaitlistEntry.status).toBe('WAITING');
    expect(codeOf(await api.gql(WAITLIST, {}, therapist.token))).toBe('FORBIDDEN');

    const other = await schedulingClinic(api);
    const foreign = await api.gql(ADD_WAITING, { input: { patientId: other.patientId, serviceTypeId: s.service.id } }, s.owner.token);
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect((await api.gql(WAITLIST, { filter: { patientId } }, other.owner.token)).data?.allWaitlistEntries).toEqual([]);

    const id = made.data!.createWaitlistEntry.id;
    expect((await api.gql(REMOVE_WAITING, { id }, frontDesk.token)).data?.deleteWaitlistEntry.id).toBe(id);
    expect((await api.gql(WAITLIST, { filter: { ids: [id] } }, s.owner.token)).data?._allWaitlistEntriesMeta.count).toBe(0);
  });

  it('rate limits link use per address', async () => {
    // Its own client address (believed from X-Forwarded-For with TRUST_PROXY), so no other test shares the counter.
    const limited = await startApi({ PATIENT_LINK_IP_MAX: '3', TRUST_PROXY: 'true' });
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    try {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({
            query: 'query LinksGuess($token: String!) { patientLink(token: $token) { purpose } }',
            variables: { token: `guess-${unique()}` },
          }),
        });
        codes.push(((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code);
      }
      expect(codes.slice(0, 3)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(codes.slice(3)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });

  it('rate limits confirming, cancelling, claiming, answering and opting out per address; a limited answer tells nothing of the link', async () => {
    const limited = await startApi({ PATIENT_LINK_IP_MAX: '2', TRUST_PROXY: 'true' });
    // One address per operation (believed from X-Forwarded-For with TRUST_PROXY), none another test uses.
    const first = Math.floor(Math.random() * 200) + 1;
    const send = async (address: string, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data: Record<string, unknown> | null;
        errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
      };
    };
    try {
      const patientId = await reachablePatient();
      const session = await bookFor(patientId, localAt(s.zone, 8, '13:00'));
      const reminder = await reminderOf(session.id);
      // Claim and questionnaire links signed with the right key: well formed, so only the limit stops them.
      const signed = (purpose: 'CLAIM' | 'QUESTIONNAIRE') =>
        signStoredLink({ purpose, clinicId: s.owner.clinicId, expiresAt: new Date(Date.now() + 86400000) }, TEST_JWT_SECRET).token;
      const operations = [
        {
          query: 'mutation LimitConfirm($token: String!) { confirmSessionByLink(token: $token) { confirmedAt } }',
          token: linkOf(reminder, 'confirm'),
        },
        {
          query: 'mutation LimitCancel($token: String!) { cancelSessionByLink(token: $token) { sessionStatus } }',
          token: linkOf(reminder, 'cancel'),
        },
        {
          query: 'mutation LimitClaim($token: String!) { claimWaitlistOffer(token: $token) { offerStatus } }',
          token: signed('CLAIM'),
        },
        {
          query: `mutation LimitAnswer($token: String!) {
            submitQuestionnaire(token: $token, responses: [{ instrument: NPRS, responses: [6] }]) { status }
          }`,
          token: signed('QUESTIONNAIRE'),
        },
        {
          query: 'mutation LimitOptOut($token: String!) { optOutByLink(token: $token) { channel } }',
          token: linkOf(reminder, 'opt-out'),
        },
      ];
      for (const [i, { query, token }] of operations.entries()) {
        const address = `203.0.113.${first + i}`;
        const allowed = [
          await send(address, query, { token: `guess-${unique()}` }),
          await send(address, query, { token: `guess-${unique()}` }),
        ];
        expect(allowed.map((r) => r.errors?.[0]?.extensions.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
        // Past the limit, the link itself and a guess get the same answer: no data, no word of the link.
        const withLink = await send(address, query, { token });
        const withGuess = await send(address, query, { token: `guess-${unique()}` });
        for (const answer of [withLink, withGuess]) {
          expect(answer.data).toBeNull();
          expect(answer.errors).toHaveLength(1);
          expect(answer.errors![0]!.message).toBe('Too many attempts from this address. Try again later.');
          expect(Object.keys(answer.errors![0]!.extensions).sort()).toEqual(['code', 'retryAfterSeconds']);
          expect(answer.errors![0]!.extensions.code).toBe('RATE_LIMITED');
        }
        const withoutWait = (answer: typeof withLink) =>
          answer.errors!.map(({ extensions: { retryAfterSeconds: _wait, ...extensions }, ...error }) => ({ ...error, extensions }));
        expect(withoutWait(withLink)).toEqual(withoutWait(withGuess));
      }

      // The limited calls used nothing: the session is booked and unconfirmed, the patient still
      // consents, and the same confirm link works from another address.
      expect(await sessionRow(session.id)).toMatchObject({ status: 'BOOKED', confirmedAt: null });
      const [consent] = await sql<{ emailConsent: boolean }>('SELECT "emailConsent" FROM "Patient" WHERE id = $1', [patientId]);
      expect(consent!.emailConsent).toBe(true);
      const elsewhere = await send(`203.0.113.${first + operations.length}`, operations[0]!.query, { token: operations[0]!.token });
      expect(elsewhere.errors).toBeUndefined();
      expect((elsewhere.data?.confirmSessionByLink as { confirmedAt: string }).confirmedAt).toEqual(expect.any(String));
    } finally {
      await limited.close();
    }
  });
});
