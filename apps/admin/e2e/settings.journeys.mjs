// End-to-end journeys of patient reminders on the staff side, against the real API (called from
// run.mjs, which owns the API, the browser and the helpers): the owner sets the reminder times,
// channels, address and quiet hours; the front desk sees a session's reminders in its drawer, opens
// one and finds its links followable; once the patient confirms, the schedule marks the session and
// the drawer says when; a therapist sees the confirmation but not the messages.
//
// It makes its own patient (with email consent) and books a Thursday at least four days ahead, so the
// reminders are planned whatever day the suite runs, and it puts the owner's settings back at the end.

const PASSWORD = 'backtrack-demo';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const ZONE = 'America/New_York';
const DAY_MS = 86_400_000;

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
    'mutation SettingsE2eLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: PASSWORD },
  );
  return data.login.token;
}

const clinicDay = (instant) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** The first Thursday at least `minDays` ahead, in the clinic (schedule journeys book Tuesdays). */
function thursdayAfter(minDays) {
  let day = clinicDay(Date.now() + minDays * DAY_MS);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 4) day = clinicDay(Date.parse(`${day}T12:00:00Z`) + DAY_MS);
  return day;
}

const SETTINGS_FIELDS = 'address reminderOffsetsHours reminderChannels quietHoursStart quietHoursEnd';

async function ownerEditsReminders(browser, baseUrl, { shot, signIn, log, assert, watchErrors, assertNoHorizontalScroll }) {
  const owner = await login(baseUrl, 'owner@demo.backtrack.app');
  const before = (await graphql(baseUrl, owner, `query SettingsE2eBefore { clinicSettings { ${SETTINGS_FIELDS} } }`)).clinicSettings;

  const context = await browser.newContext({ viewport: DESKTOP });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'owner (settings)');
  try {
    log('owner: the settings page has a Patient reminders section');
    await signIn(page, baseUrl, 'owner@demo.backtrack.app');
    await page.getByRole('menuitem', { name: 'Clinic settings' }).click();
    await page.getByRole('heading', { name: 'Patient reminders', level: 2 }).waitFor();
    await page.getByText('Printed in reminders and calendar invitations', { exact: false }).waitFor();
    const times = page.getByRole('group', { name: 'Reminder times' });
    assert(
      (await times.getByRole('spinbutton').count()) === before.reminderOffsetsHours.length,
      `one row per reminder time (${before.reminderOffsetsHours.join(', ')})`,
    );
    await page
      .getByText(
        `Reminders due between ${before.quietHoursStart} and ${before.quietHoursEnd} go out at ${before.quietHoursEnd}, clinic time.`,
      )
      .waitFor();

    log('owner: each wrong value says what is wrong, on its own row');
    await page.getByLabel('Clinic address').fill('12 River Road\nSpringfield, MA 01103');
    await times.getByRole('button', { name: 'Add a reminder' }).click();
    const added = times.getByLabel(`Reminder ${before.reminderOffsetsHours.length + 1}`, { exact: true });
    await added.fill('400');
    await added.blur();
    await times.getByText('At most 336 hours (14 days)').waitFor();
    for (const name of ['Email', 'SMS']) {
      const box = page.getByRole('checkbox', { name });
      if (await box.isChecked()) await box.uncheck();
    }
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Choose at least one channel').waitFor();
    assert((await added.getAttribute('aria-invalid')) === 'true', 'the 400-hour reminder is marked invalid');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '100-owner-reminder-settings-invalid-1280');

    log('owner: fixes them, moves quiet hours, and saves');
    await added.fill('24');
    await times.getByText('1 day before').waitFor();
    await page.getByRole('checkbox', { name: 'Email' }).check();
    await page.getByLabel(/^Quiet hours end/).fill('07:30');
    await page.getByText(`Reminders due between ${before.quietHoursStart} and 07:30 go out at 07:30, clinic time.`).waitFor();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Clinic settings saved').waitFor();
    const saved = (await graphql(baseUrl, owner, `query SettingsE2eSaved { clinicSettings { ${SETTINGS_FIELDS} } }`)).clinicSettings;
    const expected = [...new Set([...before.reminderOffsetsHours, 24])].sort((a, b) => b - a);
    assert(
      JSON.stringify(saved.reminderOffsetsHours) === JSON.stringify(expected),
      `reminder times saved, latest first: ${saved.reminderOffsetsHours}`,
    );
    assert(
      saved.address === '12 River Road\nSpringfield, MA 01103' && saved.quietHoursEnd === '07:30',
      `address and quiet hours saved: ${JSON.stringify(saved)}`,
    );
    assert(JSON.stringify(saved.reminderChannels) === '["EMAIL"]', `email only: ${saved.reminderChannels}`);

    log('owner: the page reads back what was saved');
    await page.reload();
    await page.getByRole('heading', { name: 'Patient reminders', level: 2 }).waitFor();
    assert((await times.getByLabel('Reminder 1', { exact: true }).inputValue()) === String(expected[0]), 'the latest reminder comes first');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '101-owner-reminder-settings-1280');

    log('owner: the settings page on a phone');
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    phone.setDefaultTimeout(10_000);
    const small = await phone.newPage();
    watchErrors(small, 'owner (settings, phone)');
    await signIn(small, baseUrl, 'owner@demo.backtrack.app');
    await small.goto(`${baseUrl}/#/settings`);
    await small.getByRole('heading', { name: 'Patient reminders', level: 2 }).waitFor();
    await small.getByRole('group', { name: 'Reminder times' }).getByLabel('Reminder 1', { exact: true }).waitFor();
    await assertNoHorizontalScroll(small, 'settings at 390');
    await shot(small, '102-owner-reminder-settings-390');
    await phone.close();
  } finally {
    await graphql(
      baseUrl,
      owner,
      `
        mutation SettingsE2eRestore(
          $address: String
          $reminderOffsetsHours: [Int!]
          $reminderChannels: [MessageChannel!]
          $quietHoursStart: String
          $quietHoursEnd: String
        ) {
          updateClinicSettings(
            address: $address
            reminderOffsetsHours: $reminderOffsetsHours
            reminderChannels: $reminderChannels
            quietHoursStart: $quietHoursStart
            quietHoursEnd: $quietHoursEnd
          ) {
            id
          }
        }
      `,
      before,
    );
    await context.close();
  }
}

async function bookForReminders(baseUrl, { log, assert }) {
  const desk = await login(baseUrl, 'frontdesk@demo.backtrack.app');
  const { createPatient: patient } = await graphql(
    baseUrl,
    desk,
    `
      mutation SettingsE2ePatient {
        createPatient(
          firstName: "Nadia"
          lastName: "Petrova"
          email: "nadia.petrova@example.com"
          emailConsent: true
          preferredChannel: EMAIL
          dateOfBirth: "1983-02-14"
          complaintRegion: NECK
        ) {
          id
          name
        }
      }
    `,
  );
  const catalogue = await graphql(
    baseUrl,
    desk,
    `
      query SettingsE2eCatalogue {
        allTherapists(filter: { q: "Maya" }) {
          id
        }
        allServiceTypes(filter: { q: "Deep tissue" }) {
          id
        }
      }
    `,
  );
  const [maya] = catalogue.allTherapists;
  const [service] = catalogue.allServiceTypes;
  assert(maya && service, 'Maya Chen and the deep tissue service are in the demo catalogue');
  const day = thursdayAfter(4);
  const from = new Date(`${day}T00:00:00Z`);
  const { availableSlots } = await graphql(
    baseUrl,
    desk,
    `
      query SettingsE2eSlots($therapistId: ID!, $serviceTypeId: ID!, $patientId: ID, $from: DateTime!, $to: DateTime!) {
        availableSlots(therapistId: $therapistId, serviceTypeId: $serviceTypeId, patientId: $patientId, from: $from, to: $to) {
          startsAt
        }
      }
    `,
    {
      therapistId: maya.id,
      serviceTypeId: service.id,
      patientId: patient.id,
      from: from.toISOString(),
      to: new Date(from.getTime() + 2 * DAY_MS).toISOString(),
    },
  );
  const slot = availableSlots.find((s) => clinicDay(s.startsAt) === day);
  assert(slot, `Maya Chen has a free hour on ${day}`);
  const { bookSession: session } = await graphql(
    baseUrl,
    desk,
    `
      mutation SettingsE2eBook($input: BookSessionInput!) {
        bookSession(input: $input) {
          id
          startsAt
        }
      }
    `,
    { input: { patientId: patient.id, therapistId: maya.id, serviceTypeId: service.id, startsAt: slot.startsAt } },
  );
  log(`  booked ${session.startsAt} with Maya Chen for ${patient.name}`);
  return { patient, day };
}

async function openSessionOn(page, day, patientName, { viaMenu = true } = {}) {
  if (viaMenu) await page.getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByTestId('schedule-grid').waitFor();
  // The day is in the address, and its sessions loaded, before a card is clicked. A date typed while the
  // menu's own navigation is still settling can be overtaken by it: the date is typed again then.
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('navigation', { name: 'Schedule navigation' }).getByLabel('Date').fill(day);
    const arrived = await page
      .waitForFunction((d) => window.location.href.includes(`date=${d}`), day, { timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (arrived) break;
    if (attempt === 3) throw new Error(`the schedule did not go to ${day}`);
  }
  await page.waitForLoadState('networkidle');
  const card = page.locator(`[data-session-id][aria-label*="${patientName}"]`);
  await card.first().waitFor();
  await card
    .first()
    .click({ timeout: 5_000 })
    .catch(() => card.first().click());
  const drawer = page.locator('.MuiDrawer-paper');
  await drawer.getByRole('heading', { name: patientName }).waitFor();
  return { card: card.first(), drawer };
}

async function staffSeeConfirmation(browser, baseUrl, helpers) {
  const { shot, signIn, signOut, log, assert, watchErrors } = helpers;
  log('front desk: books a session for a patient who accepts email (through the API)');
  const { patient, day } = await bookForReminders(baseUrl, helpers);

  const context = await browser.newContext({ viewport: DESKTOP });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'front desk (reminders)');

  log('front desk: the drawer lists the session’s reminders in send order; not confirmed yet');
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  let { card, drawer } = await openSessionOn(page, day, patient.name);
  assert(!(await card.getAttribute('aria-label')).includes('confirmed by patient'), 'the new session is not marked confirmed');
  await drawer.getByText('Not confirmed yet').waitFor();
  const reminders = drawer.getByRole('region', { name: 'Reminders' });
  const links = reminders.getByRole('link');
  await links.first().waitFor();
  const count = await links.count();
  assert(count >= 1, `the session has reminders (got ${count})`);
  await reminders.getByText('Reminder · Email').first().waitFor();
  await reminders.getByText('Scheduled', { exact: true }).first().waitFor();
  await reminders
    .getByText(/^Goes out \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/)
    .first()
    .waitFor();
  await shot(page, '103-frontdesk-drawer-reminders-1280');

  log('front desk: a reminder opens on its page, its links followable');
  // The session's first message may be its baseline questionnaire: open a reminder
  await reminders
    .getByRole('link', { name: /^Reminder/ })
    .first()
    .click();
  await page.waitForURL(/#\/messages\/[^/]+\/show/);
  const text = page.getByRole('region', { name: 'Message text' });
  const confirm = text.getByRole('link', { name: /\/p\/confirm\?token=/ });
  await confirm.waitFor();
  assert((await confirm.getAttribute('target')) === '_blank', 'the link opens a new tab');
  assert((await confirm.getAttribute('rel'))?.includes('noopener'), 'the link is noopener');
  await text.getByRole('link', { name: /\/p\/cancel\?token=/ }).waitFor();
  await text.getByText(/These links are the patient’s/).waitFor();
  await shot(page, '104-frontdesk-message-links-1280');

  log('patient: confirms through the link (the patient page is another journey’s; here its operation)');
  const token = new URL(await confirm.getAttribute('href')).searchParams.get('token');
  await graphql(baseUrl, null, 'mutation SettingsE2eConfirm($token: String!) { confirmSessionByLink(token: $token) { confirmedAt } }', {
    token,
  });

  log('front desk: the schedule marks the session confirmed, and the drawer says when');
  await page.goBack();
  ({ card, drawer } = await openSessionOn(page, day, patient.name));
  await drawer.getByText(/^Confirmed by the patient at \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/).waitFor();
  assert((await card.getAttribute('aria-label')).includes('confirmed by patient'), 'the card’s name says it is confirmed');
  assert((await card.getByTestId('confirmed-marker').getAttribute('title')) === 'Confirmed by patient', 'the card shows the check');
  await shot(page, '105-frontdesk-drawer-confirmed-1280');

  log('front desk: the drawer on a phone');
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  phone.setDefaultTimeout(10_000);
  const small = await phone.newPage();
  watchErrors(small, 'front desk (reminders, phone)');
  await signIn(small, baseUrl, 'frontdesk@demo.backtrack.app');
  await small.goto(`${baseUrl}/#/sessions`);
  const onPhone = await openSessionOn(small, day, patient.name, { viaMenu: false });
  await onPhone.drawer.getByRole('region', { name: 'Reminders' }).getByRole('link').first().waitFor();
  await onPhone.drawer.getByText(/^Confirmed by the patient at /).waitFor();
  // The drawer covers the screen and nothing in it scrolls sideways. (The schedule beneath is wider
  // than a phone once the clinic has three therapists: its own journey's concern, not the drawer's.)
  const fit = await onPhone.drawer.evaluate((paper) => ({
    width: Math.round(paper.getBoundingClientRect().width),
    overflow: paper.scrollWidth - paper.clientWidth,
    screen: window.innerWidth,
  }));
  assert(fit.width <= fit.screen && fit.overflow <= 1, `the drawer fits a 390px screen: ${JSON.stringify(fit)}`);
  await shot(small, '106-frontdesk-drawer-390');
  await phone.close();
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await signOut(page);

  log('therapist: sees the confirmation, not the messages');
  await signIn(page, baseUrl, 'maya@demo.backtrack.app');
  ({ card, drawer } = await openSessionOn(page, day, patient.name));
  await drawer.getByText(/^Confirmed by the patient at /).waitFor();
  await card.getByTestId('confirmed-marker').waitFor();
  assert((await drawer.getByRole('region', { name: 'Reminders' }).count()) === 0, 'no Reminders section for a therapist');
  await shot(page, '107-therapist-drawer-confirmed-1280');
  await context.close();
}

/** Registered in run.mjs after the other journeys. */
export async function settingsJourneys(browser, baseUrl, helpers) {
  await ownerEditsReminders(browser, baseUrl, helpers);
  await staffSeeConfirmation(browser, baseUrl, helpers);
}
