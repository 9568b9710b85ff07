// End-to-end journeys of patient reminders, against the real API (called from run.mjs, which owns the
// API, the browser and the helpers): the owner sets the reminder times, channels, address and quiet
// hours; then the journey in one go: the front desk books in the schedule's dialog, sees the
// session's reminders in its drawer, opens one in the Messages page and takes its confirm link; the
// patient opens it on a phone, signed in nowhere, and confirms; the schedule then marks the session
// and the drawer says when; a therapist sees the confirmation but not the messages.
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

/** A patient who accepts email, registered through the API (the patient form is another journey's). */
async function patientWhoAcceptsEmail(baseUrl) {
  const desk = await login(baseUrl, 'frontdesk@demo.backtrack.app');
  const { createPatient } = await graphql(
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
  return createPatient;
}

/** Puts the schedule on `day`: the day is in the address and its sessions loaded when this returns. */
async function goToDay(page, day) {
  // A date typed while the menu's own navigation is still settling can be overtaken by it: the date is
  // typed again then.
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
}

/** Books the patient's first free time with Maya Chen on `day` through the schedule's booking dialog. */
async function bookInDialog(page, day, patientName, { log, assert }) {
  await page.getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByTestId('schedule-grid').waitFor();
  await goToDay(page, day);
  await page.getByRole('button', { name: 'Book with Maya Chen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book a session' });
  await dialog.waitFor();
  assert((await dialog.getByLabel('Date').inputValue()) === day, 'the dialog opens on the schedule’s day');
  await dialog.getByRole('combobox', { name: 'Patient' }).fill(patientName.split(' ')[0]);
  await page.getByRole('option', { name: new RegExp(patientName) }).click();
  await dialog.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: /^Deep tissue massage/ }).click();
  const free = dialog.getByRole('group', { name: /Free times on/ }).getByRole('button');
  await free.first().waitFor();
  const time = await free.first().innerText();
  await free.first().click();
  await dialog.getByTestId('booking-summary').filter({ hasText: 'Deep tissue massage' }).waitFor();
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('alert')
    .filter({ hasText: `Booked ${patientName} with Maya Chen` })
    .waitFor();
  log(`  booked ${day} ${time} with Maya Chen for ${patientName}`);
}

async function openSessionOn(page, day, patientName, { viaMenu = true } = {}) {
  if (viaMenu) await page.getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByTestId('schedule-grid').waitFor();
  await goToDay(page, day);
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
  const { shot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll } = helpers;
  const patient = await patientWhoAcceptsEmail(baseUrl);
  const day = thursdayAfter(4);

  const context = await browser.newContext({ viewport: DESKTOP });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'front desk (reminders)');

  log(`front desk: books ${patient.name} on ${day} in the schedule’s booking dialog`);
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  await bookInDialog(page, day, patient.name, helpers);

  log('front desk: the drawer lists the session’s reminders in send order; not confirmed yet');
  let { card, drawer } = await openSessionOn(page, day, patient.name, { viaMenu: false });
  assert(!(await card.getAttribute('aria-label')).includes('confirmed by patient'), 'the new session is not marked confirmed');
  await drawer.getByText('Not confirmed yet').waitFor();
  const reminders = drawer.getByRole('region', { name: 'Reminders' });
  // The session's messages may include its baseline questionnaire: only the reminders count here.
  const reminderLinks = reminders.getByRole('link', { name: /^Reminder/ });
  await reminderLinks.first().waitFor();
  const count = await reminderLinks.count();
  assert(count >= 1, `the session has reminders (got ${count})`);
  await reminders.getByText('Reminder · Email').first().waitFor();
  await reminders.getByText('Scheduled', { exact: true }).first().waitFor();
  await reminders
    .getByText(/^Goes out \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/)
    .first()
    .waitFor();
  await shot(page, '103-frontdesk-drawer-reminders-1280');
  await drawer.getByRole('button', { name: 'Close session details' }).click();

  log('front desk: finds the patient’s reminder in the Messages page and opens it');
  await page.getByRole('menuitem', { name: 'Messages' }).click();
  await page.waitForURL(/#\/messages/);
  await page.getByRole('combobox', { name: 'Patient' }).fill(patient.name.split(' ')[0]);
  await page.getByRole('option', { name: patient.name }).click();
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Reminder', exact: true }).click();
  await page.waitForURL((url) => /REMINDER/.test(decodeURIComponent(url.hash)) && decodeURIComponent(url.hash).includes(patient.id));
  const rows = page.locator('table tbody tr');
  await page.waitForFunction(
    (name) => {
      const rows = [...document.querySelectorAll('table tbody tr')];
      return (
        rows.length > 0 &&
        rows.every((r) => r.querySelector('td.column-patientId')?.textContent === name) &&
        rows.every((r) => r.querySelector('td.column-kind')?.textContent === 'Reminder')
      );
    },
    patient.name,
    { timeout: 10_000 },
  );
  const kinds = await rows.locator('td.column-kind').allInnerTexts();
  assert(
    kinds.length === count && kinds.every((kind) => kind.trim() === 'Reminder'),
    `the patient’s ${count} reminders are listed, got ${kinds.join(', ')}`,
  );
  await rows.first().click();
  await page.waitForURL(/#\/messages\/[^/]+\/show/);
  const text = page.getByRole('region', { name: 'Message text' });
  const confirm = text.getByRole('link', { name: /\/p\/confirm\?token=/ });
  await confirm.waitFor();
  assert((await confirm.getAttribute('target')) === '_blank', 'the link opens a new tab');
  assert((await confirm.getAttribute('rel'))?.includes('noopener'), 'the link is noopener');
  await text.getByRole('link', { name: /\/p\/cancel\?token=/ }).waitFor();
  await text.getByText(/These links are the patient’s/).waitFor();
  await shot(page, '104-frontdesk-message-links-1280');

  log('patient: opens the confirm link on a phone, signed in nowhere, and confirms');
  // The link as the message carries it, on the server the journeys run against (PUBLIC_URL is the
  // default http://localhost:<port>, and the browser resolves only 127.0.0.1).
  const link = new URL(await confirm.getAttribute('href'));
  assert(link.pathname === '/p/confirm' && link.searchParams.get('token'), `a confirm link with its token, got ${link.href}`);
  const patientPhone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  patientPhone.setDefaultTimeout(10_000);
  const mobile = await patientPhone.newPage();
  watchErrors(mobile, 'patient (confirm, phone)');
  await mobile.goto(`${baseUrl}${link.pathname}${link.search}`);
  await mobile.getByRole('heading', { level: 1, name: 'Please confirm your appointment' }).waitFor();
  const details = mobile.getByRole('region', { name: 'Appointment' });
  await details.getByText('Maya Chen').waitFor();
  await details.getByText(/Deep tissue massage/).waitFor();
  await assertNoHorizontalScroll(mobile, 'the confirm page at 390');
  await shot(mobile, '104a-patient-confirm-390');
  await mobile.getByRole('button', { name: 'Confirm I’m coming' }).tap();
  await mobile.getByRole('heading', { level: 1, name: 'You’re confirmed' }).waitFor();
  await mobile.getByText(/expects you on/).waitFor();
  assert((await mobile.getByRole('button').count()) === 0, 'no button once confirmed');
  await assertNoHorizontalScroll(mobile, 'the thank-you page at 390');
  await shot(mobile, '104b-patient-confirmed-390');
  await patientPhone.close();

  log('front desk: the schedule marks the session confirmed, and the drawer says when');
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
