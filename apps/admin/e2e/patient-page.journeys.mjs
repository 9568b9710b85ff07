// End-to-end journeys of the patient page: a patient opens the links of a real reminder on a phone and
// confirms, cancels (after reading the late-cancel policy), takes a freed time from the wait list and
// stops the emails, against the real API (called from run.mjs, which owns the API, the browser and the
// helpers). The staff side is driven through GraphQL as the front desk: this file is about the patient.
//
// It makes its own two patients (with email consent) and books three or more days ahead, so both
// default reminders (48 h and 2 h before) are planned and carry links, whatever day the suite runs.

const PASSWORD = 'backtrack-demo';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const HOUR = 3_600_000;

async function graphql(baseUrl, token, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'operation';
    throw new Error(`${name}: ${body.errors[0].message} (${body.errors[0].extensions?.code})`);
  }
  return body.data;
}

async function login(baseUrl, email) {
  const data = await graphql(
    baseUrl,
    null,
    'mutation PatientE2eLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: PASSWORD },
  );
  return data.login.token;
}

/** The link of this purpose in a message's text, on the server the journeys run against. */
function linkIn(text, purpose, baseUrl) {
  const match = new RegExp(`https?://\\S+?(/p/${purpose.replace('.', '\\.')}\\?token=[A-Za-z0-9._~-]+)`).exec(text);
  return match ? `${baseUrl}${match[1]}` : null;
}

/** A copy of the link with one character of its signature changed. */
function tampered(url) {
  const last = url.at(-1);
  return `${url.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
}

async function patientContext(browser, viewport, who, { watchErrors }) {
  const context = await browser.newContext({ viewport, ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}) });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, who);
  // The patient page must not load the staff admin's bundle (react-admin, MUI).
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return { context, page, requested };
}

/** Registered in run.mjs with one line (a dynamic import), after the other journeys. */
export default async function patientPageJourneys(browser, baseUrl, helpers) {
  const { shot: rawShot, log, assert } = helpers;
  const assertNoHorizontalScroll = async (page, where) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 1, `${where} scrolls sideways by ${overflow}px`);
  };
  // From the top, with no focus ring left on the button just pressed.
  const shot = async (page, name) => {
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await rawShot(page, name);
  };
  const heading = (page, name) => page.getByRole('heading', { level: 1, name });

  // ---------------------------------------------------------------------------------------------
  log('patient page: the front desk books two sessions for a patient who accepts email');
  const desk = await login(baseUrl, 'frontdesk@demo.backtrack.app');
  const createPatient = async (firstName, lastName) =>
    (
      await graphql(
        baseUrl,
        desk,
        `
          mutation PatientE2eCreatePatient($firstName: String!, $lastName: String!, $email: String!) {
            createPatient(
              firstName: $firstName
              lastName: $lastName
              email: $email
              emailConsent: true
              preferredChannel: EMAIL
              dateOfBirth: "1988-05-20"
              complaintRegion: LOWER_BACK
            ) {
              id
              name
            }
          }
        `,
        { firstName, lastName, email: `${firstName}.${lastName}@example.com`.toLowerCase() },
      )
    ).createPatient;
  const rosa = await createPatient('Rosa', 'Lindgren');
  const tomas = await createPatient('Tomas', 'Ferreira');
  const catalogue = await graphql(
    baseUrl,
    desk,
    `
      query PatientE2eCatalogue {
        allTherapists(filter: { q: "Maya" }) {
          id
          displayName
        }
        allServiceTypes(filter: { q: "Trigger point" }) {
          id
          name
        }
        clinicSettings {
          name
          timezone
        }
      }
    `,
  );
  const [maya] = catalogue.allTherapists;
  const [service] = catalogue.allServiceTypes;
  const clinic = catalogue.clinicSettings;
  assert(maya && service, 'Maya Chen and the trigger point service are in the demo catalogue');

  const freeSlot = async (patientId) => {
    const from = new Date(Date.now() + 72 * HOUR);
    const { availableSlots } = await graphql(
      baseUrl,
      desk,
      `
        query PatientE2eSlots($therapistId: ID!, $serviceTypeId: ID!, $patientId: ID, $from: DateTime!, $to: DateTime!) {
          availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, patientId: $patientId, from: $from, to: $to) {
            startsAt
          }
        }
      `,
      {
        therapistId: maya.id,
        serviceTypeId: service.id,
        patientId,
        from: from.toISOString(),
        to: new Date(from.getTime() + 10 * 24 * HOUR).toISOString(),
      },
    );
    assert(availableSlots.length > 0, 'Maya Chen has a free time 3 to 13 days ahead');
    return availableSlots[0].startsAt;
  };
  const book = async (patientId) =>
    (
      await graphql(
        baseUrl,
        desk,
        `
          mutation PatientE2eBook($input: BookSessionInput!) {
            bookSession(input: $input) {
              id
              startsAt
            }
          }
        `,
        { input: { patientId, therapistId: maya.id, serviceTypeId: service.id, startsAt: await freeSlot(patientId) } },
      )
    ).bookSession;
  const sessionOf = async (id) =>
    (
      await graphql(
        baseUrl,
        desk,
        `
          query PatientE2eSession($id: ID!) {
            Session(id: $id) {
              id
              status
              confirmedAt
              lateCancel
              cancelReason
              startsAt
              patient {
                id
                name
              }
            }
          }
        `,
        { id },
      )
    ).Session;
  const messagesOf = async (filter) =>
    (
      await graphql(
        baseUrl,
        desk,
        `
          query PatientE2eMessages($filter: MessageFilter) {
            allMessages(filter: $filter, sortField: "sendAt", sortOrder: "ASC") {
              id
              kind
              status
              text
            }
          }
        `,
        { filter },
      )
    ).allMessages;

  const toConfirm = await book(rosa.id);
  const toCancel = await book(rosa.id);
  log(`  booked ${toConfirm.startsAt} and ${toCancel.startsAt} for ${rosa.name}`);

  log('patient page: the reminders carry the patient’s links');
  const reminders = (await messagesOf({ sessionId: toConfirm.id, kind: 'REMINDER' })).filter((m) => m.status === 'SCHEDULED');
  assert(reminders.length >= 1, `the session has scheduled reminders (got ${reminders.length})`);
  const reminder = reminders[0].text;
  const confirmUrl = linkIn(reminder, 'confirm', baseUrl);
  const calendarUrl = linkIn(reminder, 'calendar.ics', baseUrl);
  const optOutUrl = linkIn(reminder, 'opt-out', baseUrl);
  assert(confirmUrl && calendarUrl && optOutUrl, `the reminder has confirm, calendar and opt-out links:\n${reminder}`);
  const [cancelReminder] = (await messagesOf({ sessionId: toCancel.id, kind: 'REMINDER' })).filter((m) => m.status === 'SCHEDULED');
  const cancelUrl = linkIn(cancelReminder?.text ?? '', 'cancel', baseUrl);
  assert(cancelUrl, 'the other session’s reminder has a cancel link');

  log('patient page: the calendar link is the .ics file, not a page');
  const calendar = await fetch(calendarUrl);
  assert(
    calendar.status === 200 && /text\/calendar/.test(calendar.headers.get('content-type') ?? ''),
    `the calendar link answers text/calendar, got ${calendar.status} ${calendar.headers.get('content-type')}`,
  );
  assert((await calendar.text()).includes('BEGIN:VCALENDAR'), 'the calendar link is an iCalendar file');

  // ---------------------------------------------------------------------------------------------
  log('patient page: opens the confirm link on a phone; nothing happens before the click');
  const phone = await patientContext(browser, PHONE, 'patient (phone)', helpers);
  let page = phone.page;
  await page.goto(confirmUrl);
  await heading(page, 'Please confirm your appointment').waitFor();
  await page.locator('.pp-clinic').filter({ hasText: clinic.name }).waitFor();
  const details = page.getByRole('region', { name: 'Appointment' });
  await details.getByText(service.name).waitFor();
  await details.getByText('Maya Chen').waitFor();
  await details.getByText(/\d{2}:\d{2}–\d{2}:\d{2} E[SD]T/).waitFor();
  await details.getByText(/New York time/).waitFor();
  assert((await sessionOf(toConfirm.id)).confirmedAt === null, 'opening the link confirmed nothing');
  await assertNoHorizontalScroll(page, 'confirm page at 390');
  const button = page.getByRole('button', { name: 'Confirm I’m coming' });
  const box = await button.boundingBox();
  assert(box && box.height >= 44 && box.width >= 300, `the confirm button is a big touch target, got ${JSON.stringify(box)}`);
  await shot(page, '80-patient-confirm-390');

  log('patient page: confirms');
  await button.click();
  await heading(page, 'You’re confirmed').waitFor();
  await page.getByText(new RegExp(`${clinic.name.replace(/[()]/g, '\\$&')} expects you on`)).waitFor();
  assert((await page.getByRole('button').count()) === 0, 'no button once confirmed');
  const confirmed = await sessionOf(toConfirm.id);
  assert(confirmed.confirmedAt !== null && confirmed.status === 'BOOKED', `Session.confirmedAt is set, got ${JSON.stringify(confirmed)}`);
  await shot(page, '81-patient-confirmed-390');
  assert(!phone.requested.some((p) => /\/assets\/admin-/.test(p)), `the patient page loads no admin bundle: ${phone.requested.join(', ')}`);

  log('patient page: the used confirm link, opened again, says it is done');
  await page.goto(confirmUrl);
  await heading(page, 'You’re confirmed').waitFor();
  assert((await page.getByRole('button').count()) === 0, 'a used link offers no button');

  log('patient page: a tampered link is refused in plain words');
  await page.goto(tampered(confirmUrl));
  await heading(page, 'This link cannot be used').waitFor();
  await page.getByText('This link is not valid. Please check that you opened the whole link, or contact the clinic.').waitFor();
  assert((await page.getByRole('button').count()) === 0, 'an invalid link offers no button');
  await shot(page, '82-patient-invalid-link-390');

  log('patient page: a link without its token is incomplete');
  await page.goto(`${baseUrl}/p/confirm`);
  await heading(page, 'This link is not complete').waitFor();
  await shot(page, '83-patient-incomplete-link-390');

  // ---------------------------------------------------------------------------------------------
  // The other session is days away; the owner widens the late-cancel window for the length of this
  // step so that the policy applies to it, then puts it back.
  const owner = await login(baseUrl, 'owner@demo.backtrack.app');
  const { clinicSettings } = await graphql(baseUrl, owner, 'query PatientE2eWindow { clinicSettings { lateCancelWindowHours } }');
  const setWindow = (hours) =>
    graphql(
      baseUrl,
      owner,
      'mutation PatientE2eSetWindow($hours: Int!) { updateClinicSettings(lateCancelWindowHours: $hours) { lateCancelWindowHours } }',
      { hours },
    );
  log('patient page: a waiting patient joins the wait list for any time with Maya Chen');
  await graphql(
    baseUrl,
    desk,
    `
      mutation PatientE2eWaitlist($input: CreateWaitlistEntryInput!) {
        createWaitlistEntry(input: $input) {
          id
        }
      }
    `,
    { input: { patientId: tomas.id, serviceTypeId: service.id, therapistId: maya.id } },
  );

  await setWindow(336);
  try {
    log('patient page: the cancel link explains the late-cancel policy before the button');
    await page.goto(cancelUrl);
    await heading(page, 'Cancel your appointment').waitFor();
    await page.getByText(/Cancelling less than 14 days before an appointment may incur a late-cancellation fee/).waitFor();
    await assertNoHorizontalScroll(page, 'cancel page at 390');
    await shot(page, '84-patient-cancel-late-390');

    const desktop = await patientContext(browser, DESKTOP, 'patient (desktop)', helpers);
    page = desktop.page;
    await page.goto(cancelUrl);
    await heading(page, 'Cancel your appointment').waitFor();
    await page.getByText(/late-cancellation fee/).waitFor();
    await page.getByLabel('Reason (optional)').fill('My daughter’s school play moved to that afternoon.');
    await shot(page, '85-patient-cancel-1280');
    assert((await sessionOf(toCancel.id)).status === 'BOOKED', 'opening the cancel link cancelled nothing');

    log('patient page: cancels');
    await page.getByRole('button', { name: 'Cancel appointment' }).click();
    await heading(page, 'Your appointment is cancelled').waitFor();
    await page.getByText(/records it as a late cancellation/).waitFor();
    await shot(page, '86-patient-cancelled-1280');
    const cancelled = await sessionOf(toCancel.id);
    assert(cancelled.status === 'CANCELLED', `the session is CANCELLED, got ${cancelled.status}`);
    assert(cancelled.lateCancel === true, 'the cancellation inside the window is flagged late');
    assert(/school play/.test(cancelled.cancelReason ?? ''), `the patient’s reason is kept, got ${cancelled.cancelReason}`);

    log('patient page: the confirm page at desktop width');
    await page.goto(confirmUrl);
    await heading(page, 'You’re confirmed').waitFor();
    await shot(page, '87-patient-confirmed-1280');
    await desktop.context.close();
  } finally {
    await setWindow(clinicSettings.lateCancelWindowHours);
  }

  // ---------------------------------------------------------------------------------------------
  log('patient page: the freed time is offered to the wait list, and the waiting patient books it');
  const [offer] = (await messagesOf({ patientId: tomas.id, kind: 'WAITLIST_OFFER' })).filter(
    (m) => m.status === 'SCHEDULED' || m.status === 'SENT',
  ); // the dispatcher may have delivered it to the outbox already
  const claimUrl = linkIn(offer?.text ?? '', 'claim', baseUrl);
  assert(claimUrl, `the waiting patient got an offer with a claim link (${offer?.text ?? 'no offer'})`);
  page = phone.page;
  await page.goto(claimUrl);
  await heading(page, 'A time has become available').waitFor();
  await shot(page, '88-patient-claim-390');
  await page.getByRole('button', { name: 'Book this time' }).click();
  await heading(page, 'You’re booked').waitFor();
  await page.getByText(/^Booked: /).waitFor();
  await shot(page, '89-patient-claimed-390');
  const { allSessions } = await graphql(
    baseUrl,
    desk,
    `
      query PatientE2eClaimed($patientId: ID!) {
        allSessions(filter: { patientId: $patientId }) {
          id
          status
          startsAt
        }
      }
    `,
    { patientId: tomas.id },
  );
  assert(
    allSessions.some((s) => s.status === 'BOOKED' && Date.parse(s.startsAt) === Date.parse(toCancel.startsAt)),
    `the waiting patient is booked at the freed time, got ${JSON.stringify(allSessions)}`,
  );
  log('patient page: the same offer, opened again, says the time is booked');
  await page.goto(claimUrl);
  await heading(page, 'You’re booked').waitFor();

  // ---------------------------------------------------------------------------------------------
  log('patient page: the patient stops the emails');
  await page.goto(optOutUrl);
  await heading(page, 'Stop messages from the clinic').waitFor();
  await shot(page, '90-patient-opt-out-390');
  await page.getByRole('button', { name: 'Stop these messages' }).click();
  await heading(page, 'You’re unsubscribed').waitFor();
  await page.getByText('You will no longer receive emails from the clinic.').waitFor();
  await shot(page, '91-patient-opted-out-390');
  const { Patient } = await graphql(baseUrl, desk, 'query PatientE2eConsent($id: ID!) { Patient(id: $id) { emailConsent } }', {
    id: rosa.id,
  });
  assert(Patient.emailConsent === false, 'the patient no longer consents to email');
  await phone.context.close();
}
