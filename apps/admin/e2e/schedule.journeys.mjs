// End-to-end journeys of the schedule and the owner's catalogue pages, against the real API (called
// from run.mjs, which owns the API process, the browser and the shared helpers).
//
// Dates: the demo clinic is in America/New_York and its seeded sessions lie around today, so the
// bookings here go on Tuesdays two and three weeks ahead, where Maya Chen works 09:00–12:30 and
// nothing is booked yet, whatever day the suite runs.
import { fileURLToPath } from 'node:url';

const ZONE = 'America/New_York';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The clinic's date (YYYY-MM-DD) of an instant. */
function clinicDay(iso) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
function clinicToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
const asUtc = (iso) => new Date(`${iso}T12:00:00Z`);
const isoOf = (date) => date.toISOString().slice(0, 10);
function addDays(iso, days) {
  const d = asUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}
/** "Tue 15 Dec 2026", as the admin writes days. */
function longDay(iso) {
  const d = asUtc(iso);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
/** The first Tuesday at least `minDays` after today in the clinic. */
function tuesdayAfter(minDays) {
  let day = addDays(clinicToday(), minDays);
  while (asUtc(day).getUTCDay() !== 2) day = addDays(day, 1);
  return day;
}

async function openSchedule(page) {
  await page.getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByTestId('schedule-grid').waitFor();
}

async function goToDay(page, iso) {
  await page.getByRole('navigation', { name: 'Schedule navigation' }).getByLabel('Date').fill(iso);
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="schedule-heading"]')?.textContent?.includes(expected),
    longDayFull(iso),
  );
}
function longDayFull(iso) {
  const d = asUtc(iso);
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

async function pickOption(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Fills the booking dialog up to the free times; returns the dialog locator. */
async function fillBooking(page, { patient, therapist, service, room }) {
  const dialog = page.getByRole('dialog', { name: 'Book a session' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Patient' }).fill(patient.split(' ')[0]);
  await page.getByRole('option', { name: new RegExp(patient) }).click();
  if (therapist) await pickOption(page, dialog, 'Therapist', therapist);
  await pickOption(page, dialog, 'Service', service);
  if (room) await pickOption(page, dialog, 'Room', room);
  await dialog.getByRole('group', { name: /Free times on/ }).waitFor();
  return dialog;
}

const cardByLabel = (page, text) => page.locator(`[data-session-id][aria-label*="${text}"]`);

const THERAPIST_EMAILS = { 'Maya Chen': 'maya@demo.backtrack.app', 'Sam Okafor': 'sam@demo.backtrack.app' };

async function graphql(baseUrl, token, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${body.errors[0].message} (${body.errors[0].extensions?.code})`);
  return body.data;
}

/**
 * The demo's late cancellation in the past, looked up as the owner: attendance is recorded only once a
 * session has begun, and every past demo session is already completed, cancelled or a no-show, so the
 * owner reverts this one (a mistake, say) for the desk to check in. The no-show is the notes journey's.
 */
async function pastLateCancellation(baseUrl) {
  const { login } = await graphql(
    baseUrl,
    null,
    'mutation scheduleE2eLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'owner@demo.backtrack.app', password: 'backtrack-demo' },
  );
  const { allSessions } = await graphql(
    baseUrl,
    login.token,
    `
      query scheduleE2eCancelled {
        allSessions(filter: { status: CANCELLED }, sortField: "startsAt", sortOrder: "ASC", perPage: 100) {
          id
          startsAt
          endsAt
          lateCancel
          therapist {
            displayName
          }
          patient {
            name
          }
        }
      }
    `,
  );
  return allSessions.find((s) => s.lateCancel && Date.parse(s.startsAt) < Date.now());
}

export async function scheduleJourneys(
  browser,
  baseUrl,
  { shot: rawShot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll },
) {
  // Full-page shots from the top, without a focus ring left on the last button clicked (react-admin's
  // app bar hides on scroll, which would otherwise shift the fixed parts of the page in the image).
  const shot = async (page, name) => {
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await rawShot(page, name);
  };
  const target = tuesdayAfter(14); // the booking
  const earlier = addDays(target, -7); // a weekly series starting here runs into it

  // ---------------------------------------------------------------------------------------------
  log(`schedule: front desk books ${target} and sees conflicts refused`);
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  desk.setDefaultTimeout(10_000);
  const page = await desk.newPage();
  watchErrors(page, 'front desk (schedule)');
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  await openSchedule(page);
  await page.getByRole('heading', { name: 'Maya Chen' }).waitFor();
  await page.getByRole('heading', { name: 'Sam Okafor' }).waitFor();
  await page.getByRole('list', { name: 'Session status colours' }).getByText('No-show').waitFor();
  await shot(page, '20-frontdesk-schedule-today');

  log('schedule: the week view of the whole clinic');
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('button', { name: /^Open Monday/ }).waitFor();
  await page.locator('[data-session-id]').first().waitFor();
  await shot(page, '21-frontdesk-schedule-week');
  await page.getByRole('button', { name: 'Day', exact: true }).click();

  log('schedule: picks a free slot from availableSlots and books it');
  await goToDay(page, target);
  await page.getByRole('button', { name: 'Book with Maya Chen' }).click();
  let dialog = await fillBooking(page, { patient: 'Alice Martinez', service: /^Deep tissue massage/, room: 'Cedar room' });
  assert((await dialog.getByLabel('Date').inputValue()) === target, 'the dialog opens on the schedule’s day');
  await dialog.getByRole('button', { name: '09:00 to 10:00' }).click();
  await dialog
    .getByTestId('booking-summary')
    .filter({ hasText: `${longDay(target)}, 09:00–10:00 · Deep tissue massage (60 min) with Maya Chen` })
    .waitFor();
  await shot(page, '22-frontdesk-booking-dialog');
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('alert').filter({ hasText: 'Booked Alice Martinez with Maya Chen' }).waitFor();
  const aliceCard = cardByLabel(page, '09:00–10:00, Alice Martinez');
  await aliceCard.waitFor();
  assert((await aliceCard.getAttribute('data-status')) === 'BOOKED', 'the new session is BOOKED on the schedule');
  assert(
    (await page
      .getByRole('region', { name: /^Maya Chen,/ })
      .locator('[aria-label*="09:00–10:00, Alice Martinez"]')
      .count()) === 1,
    'the session sits in Maya Chen’s column',
  );
  await shot(page, '23-frontdesk-booked');

  log('schedule: a weekly series that runs into that booking is refused, every conflict listed');
  await goToDay(page, earlier);
  await page.getByRole('button', { name: 'Book session' }).click();
  dialog = await fillBooking(page, { patient: 'Alice Martinez', therapist: 'Maya Chen', service: /^Deep tissue massage/ });
  await dialog.getByRole('button', { name: '09:00 to 10:00' }).click();
  await dialog.getByLabel(/Repeat/).check();
  await dialog.getByLabel('Occurrences').fill('3');
  await dialog.getByRole('button', { name: 'Book 3 sessions' }).click();
  const refusal = dialog.getByTestId('booking-error');
  await refusal.waitFor();
  const refusalText = await refusal.innerText();
  assert(
    refusalText.includes('1 occurrence of this series cannot be booked, so nothing was booked'),
    `series refusal title, got: ${refusalText}`,
  );
  assert(
    refusalText.includes(
      `${longDay(target)}, 09:00: Maya Chen already has a session with Alice Martinez then (09:00–10:00, plus 15 min recovery).`,
    ),
    `the conflicting occurrence is named with its date, got: ${refusalText}`,
  );
  await shot(page, '24-frontdesk-series-conflict');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Nothing of the series was booked.
  assert((await cardByLabel(page, 'Alice Martinez').count()) === 0, `no session on ${earlier} after the refused series`);

  log('schedule: a second desk books a slot the first desk is looking at; the first is refused in plain words');
  const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
  tablet.setDefaultTimeout(10_000);
  const other = await tablet.newPage();
  watchErrors(other, 'front desk tablet (schedule)');
  await signIn(other, baseUrl, 'frontdesk@demo.backtrack.app');
  await openSchedule(other);
  await goToDay(other, target);
  await other.getByRole('button', { name: 'Book with Maya Chen' }).click();
  const stale = await fillBooking(other, { patient: 'Ben Carter', service: /^Deep tissue massage/ });
  await stale.getByRole('button', { name: '10:15 to 11:15' }).waitFor(); // free while the tablet looks
  log('  (tablet holds the free times open)');

  await goToDay(page, target);
  await page.getByRole('button', { name: 'Book with Maya Chen' }).click();
  dialog = await fillBooking(page, { patient: 'Chloe Nguyen', service: /^Deep tissue massage/, room: 'Cedar room' });
  await dialog.getByRole('button', { name: '10:15 to 11:15' }).click();
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  await cardByLabel(page, '10:15–11:15, Chloe Nguyen').waitFor();
  log('  (desktop booked 10:15)');

  await stale.getByRole('button', { name: '10:15 to 11:15' }).click();
  await stale.getByRole('button', { name: 'Book session' }).click();
  const conflict = stale.getByTestId('booking-error');
  await conflict.waitFor();
  const conflictText = await conflict.innerText();
  assert(conflictText.includes('That time is no longer free'), `conflict title, got: ${conflictText}`);
  assert(
    conflictText.includes('Maya Chen already has a session then (10:15–11:15 with Chloe Nguyen, plus 15 min recovery).'),
    `conflict names who and when, got: ${conflictText}`,
  );
  // The refreshed list no longer offers the taken time.
  await stale.getByRole('group', { name: /Free times on/ }).waitFor();
  assert((await stale.getByRole('button', { name: '10:15 to 11:15' }).count()) === 0, 'the taken slot is gone after the refusal');
  await shot(other, '25-frontdesk-tablet-conflict');
  await stale.getByRole('button', { name: 'Close' }).click();
  await stale.waitFor({ state: 'detached' });
  await cardByLabel(other, '10:15–11:15, Chloe Nguyen').waitFor(); // closing after a refusal refreshes the day
  await assertNoHorizontalScroll(other, 'schedule day view on a tablet');
  await shot(other, '26-frontdesk-tablet-day');
  await other.getByRole('button', { name: 'Week', exact: true }).click();
  await other.getByRole('button', { name: /^Open Monday/ }).waitFor();
  await assertNoHorizontalScroll(other, 'schedule week view on a tablet');
  await shot(other, '27-frontdesk-tablet-week');
  await tablet.close();

  log('schedule: Alice’s session has not begun: check-in and no-show wait, saying when they open');
  const shortDay = longDay(target).replace(/ \d{4}$/, ''); // "Tue 15 Dec"
  await aliceCard.click();
  const drawer = page.locator('.MuiDrawer-paper');
  await drawer.getByRole('heading', { name: 'Alice Martinez' }).waitFor();
  await drawer.getByText(`Check-in opens at 08:00 on ${shortDay}`).waitFor(); // the clinic's 60-minute window
  await drawer.getByText(`A no-show can be recorded from 09:00 on ${shortDay}`).waitFor();
  assert(await drawer.getByRole('button', { name: 'Check in' }).isDisabled(), 'check-in waits for its window');
  assert(await drawer.getByRole('button', { name: 'No-show' }).isDisabled(), 'a no-show waits for the start');
  assert(await drawer.getByRole('button', { name: 'Reschedule' }).isEnabled(), 'rescheduling stays open');
  await shot(page, '28-frontdesk-session-drawer');
  await drawer.getByRole('button', { name: 'Close session details' }).click();

  log('schedule: cancels Chloe’s session with a reason');
  await cardByLabel(page, '10:15–11:15, Chloe Nguyen').click();
  await drawer.getByRole('heading', { name: 'Chloe Nguyen' }).waitFor();
  await drawer.getByRole('button', { name: 'Cancel session' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel this session?' });
  await cancel.getByRole('button', { name: 'Cancel session' }).click();
  await cancel.getByText('Enter the reason for the cancellation').waitFor(); // a reason is required
  await cancel.getByLabel(/Reason/).fill('Patient is unwell');
  await shot(page, '29-frontdesk-cancel-dialog');
  await cancel.getByRole('button', { name: 'Cancel session' }).click();
  await cancel.waitFor({ state: 'detached' });
  // The notice (the withdrawn reminders below also say why: "Session cancelled")
  await page
    .locator('.MuiSnackbarContent-message')
    .filter({ hasText: /^Session cancelled$/ })
    .waitFor();
  // The status, and the session's withdrawn messages, all say Cancelled
  await drawer.getByText('Cancelled', { exact: true }).first().waitFor();
  await drawer.getByText('Patient is unwell').waitFor();
  assert((await drawer.getByRole('button', { name: 'Revert to booked' }).count()) === 0, 'only an owner reverts a cancellation');
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await page.waitForFunction(
    () => document.querySelector('[aria-label*="10:15–11:15, Chloe Nguyen"]')?.getAttribute('data-status') === 'CANCELLED',
  );
  await shot(page, '30-frontdesk-after-checkin-and-cancel');

  log('schedule: prints the day sheet of the day shown (its print view, saved as PDF)');
  await page.getByRole('button', { name: 'Day sheet' }).click();
  const sheet = page.getByRole('dialog', { name: /Day sheet/ });
  const mayaSheet = sheet.getByRole('region', { name: 'Day sheet for Maya Chen' });
  await mayaSheet.getByRole('row').filter({ hasText: 'Alice Martinez' }).getByText('Booked').waitFor();
  await sheet.getByRole('row').filter({ hasText: 'Chloe Nguyen' }).getByText('Patient is unwell').waitFor();
  assert((await sheet.getByRole('region', { name: /^Day sheet for / }).count()) >= 2, 'the day sheet has a section per therapist');
  await page.emulateMedia({ media: 'print' });
  assert(!(await sheet.getByRole('button', { name: 'Print' }).isVisible()), 'the printed sheet leaves out its buttons');
  assert(!(await page.getByRole('navigation', { name: 'Schedule navigation' }).isVisible()), 'the printed sheet leaves out the app');
  await shot(page, '30b-frontdesk-day-sheet-print');
  await page.pdf({
    path: fileURLToPath(new URL('./screenshots/30c-frontdesk-day-sheet.pdf', import.meta.url)),
    landscape: true,
    format: 'A4',
  });
  await page.emulateMedia({ media: 'screen' });
  await sheet.getByRole('button', { name: 'Close' }).click();
  await sheet.waitFor({ state: 'detached' });

  log('schedule: the owner reverts a late cancellation made by mistake, with a reason');
  const begun = await pastLateCancellation(baseUrl);
  assert(begun, 'the demo clinic has a late cancellation in the past');
  const begunDay = clinicDay(begun.startsAt);
  log(`  ${begun.patient.name} with ${begun.therapist.displayName} on ${begunDay}`);
  const reverting = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  reverting.setDefaultTimeout(10_000);
  const ownerPage = await reverting.newPage();
  watchErrors(ownerPage, 'owner (revert)');
  await signIn(ownerPage, baseUrl, 'owner@demo.backtrack.app');
  await openSchedule(ownerPage);
  await goToDay(ownerPage, begunDay);
  await ownerPage.locator(`[data-session-id="${begun.id}"]`).click();
  const revertDrawer = ownerPage.locator('.MuiDrawer-paper');
  await revertDrawer.getByRole('button', { name: 'Revert to booked' }).click();
  const revert = ownerPage.getByRole('dialog', { name: 'Revert the cancellation?' });
  await revert.getByRole('button', { name: 'Revert to booked' }).click();
  await revert.getByText('Say why the cancellation was a mistake').waitFor(); // a reason is required
  await revert.getByLabel(/Reason/).fill('Cancelled the wrong appointment: the patient came in');
  await shot(ownerPage, '30d-owner-revert-dialog');
  await revert.getByRole('button', { name: 'Revert to booked' }).click();
  await revert.waitFor({ state: 'detached' });
  await ownerPage.getByText('Session booked again', { exact: true }).waitFor();
  await revertDrawer.getByText(/Reverted cancellation to booked on .*: Cancelled the wrong appointment/).waitFor();
  await shot(ownerPage, '30e-owner-reverted');
  await revertDrawer.getByRole('button', { name: 'Close session details' }).click();
  await signOut(ownerPage);
  await reverting.close();

  log(`schedule: checks in ${begun.patient.name}, whose session has begun`);
  await goToDay(page, begunDay);
  await page.locator(`[data-session-id="${begun.id}"]`).click();
  await drawer.getByRole('heading', { name: begun.patient.name }).waitFor();
  await drawer.getByRole('button', { name: 'Check in' }).click();
  await page.getByText(`${begun.patient.name} checked in`).waitFor();
  await drawer.getByText('Checked in', { exact: true }).waitFor();
  await drawer.getByText(new RegExp(`${begun.therapist.displayName} completes the session`)).waitFor(); // the front desk never completes
  assert((await drawer.getByRole('button', { name: /Complete/ }).count()) === 0, 'no complete button for the front desk');
  await shot(page, '30f-frontdesk-checked-in');
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await signOut(page);
  await desk.close();

  // ---------------------------------------------------------------------------------------------
  log('schedule: Maya sees her own day');
  const therapist = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  therapist.setDefaultTimeout(10_000);
  const maya = await therapist.newPage();
  watchErrors(maya, 'therapist (schedule)');
  await signIn(maya, baseUrl, 'maya@demo.backtrack.app');
  await openSchedule(maya);
  await maya.locator('header').getByText('My day').waitFor();
  assert((await maya.getByRole('heading', { name: 'Sam Okafor' }).count()) === 0, 'My day shows only Maya’s column');
  await maya.getByRole('heading', { name: 'Maya Chen' }).waitFor();
  await shot(maya, '31-therapist-my-day-today');
  log('schedule: Maya may look at Sam’s day but not act on it');
  await pickOption(maya, maya.getByRole('navigation', { name: 'Schedule navigation' }), 'Therapist', 'All therapists');
  await maya.getByRole('heading', { name: 'Sam Okafor' }).waitFor();
  assert((await maya.getByRole('button', { name: 'Book with Sam Okafor' }).count()) === 0, 'a therapist cannot book for a colleague');
  await signOut(maya);

  log(`schedule: ${begun.therapist.displayName} completes the checked-in session with a treatment note`);
  const email = THERAPIST_EMAILS[begun.therapist.displayName];
  assert(email, `a demo therapist's session, got ${begun.therapist.displayName}`);
  await signIn(maya, baseUrl, email);
  await openSchedule(maya);
  await goToDay(maya, begunDay);
  await maya.locator(`[data-session-id="${begun.id}"]`).click();
  const mayaDrawer = maya.locator('.MuiDrawer-paper');
  await mayaDrawer.getByRole('button', { name: 'Complete with treatment note' }).click();
  const complete = maya.getByRole('dialog', { name: /Complete session/ });
  assert(
    (await complete.getByRole('checkbox', { checked: true }).count()) >= 2,
    'the service’s modality and the patient’s region are preselected',
  );
  await complete.getByLabel('Trigger point').check();
  await complete.getByLabel('Firm').check();
  await complete.getByLabel(/Patient response/).fill('Less stiffness when bending; tolerated firm pressure well.');
  await shot(maya, '32-therapist-treatment-note');
  await complete.getByRole('button', { name: 'Complete session' }).click();
  await complete.waitFor({ state: 'detached' });
  await maya.getByText('Session completed', { exact: true }).waitFor();
  await mayaDrawer.getByText('Completed', { exact: true }).waitFor();
  await mayaDrawer
    .getByRole('region', { name: 'Treatment note' })
    .getByText(/Trigger point/)
    .waitFor();
  await shot(maya, '33-therapist-completed');
  await mayaDrawer.getByRole('button', { name: 'Close session details' }).click();

  await signOut(maya);
  await therapist.close();

  // ---------------------------------------------------------------------------------------------
  log('owner: edits working hours and a service type');
  const ownerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ownerContext.setDefaultTimeout(10_000);
  const owner = await ownerContext.newPage();
  watchErrors(owner, 'owner (catalogue)');
  await signIn(owner, baseUrl, 'owner@demo.backtrack.app');
  for (const item of ['Schedule', 'Therapists', 'Service types', 'Rooms', 'Staff', 'Clinic settings']) {
    await owner.getByRole('menuitem', { name: item }).waitFor();
  }

  log('owner: books over an overlap with a reason (the override is recorded)');
  await openSchedule(owner);
  await goToDay(owner, target);
  await owner.getByRole('button', { name: 'Book with Maya Chen' }).click();
  const booking = await fillBooking(owner, { patient: 'Chloe Nguyen', service: /^Deep tissue massage/ });
  // 09:30 is not a free time (Alice's session runs 09:00–10:00): the owner types it.
  await booking.getByLabel('Choose another time').fill('09:30');
  await booking
    .getByTestId('booking-summary')
    .filter({ hasText: `${longDay(target)}, 09:30–10:30` })
    .waitFor();
  await booking.getByRole('button', { name: 'Book session' }).click();
  await booking.getByTestId('booking-error').filter({ hasText: 'Maya Chen already has a session then' }).waitFor();
  await booking.getByRole('button', { name: 'Book anyway…' }).click();
  const override = owner.getByRole('dialog', { name: 'Book despite the overlap?' });
  await override.getByText(/recorded in\s+the audit log/).waitFor();
  await override.getByLabel(/Reason for the override/).fill('Urgent flare-up, patient agreed to share the room');
  await shot(owner, '33b-owner-override-dialog');
  await override.getByRole('button', { name: 'Book anyway' }).click();
  await booking.waitFor({ state: 'detached' });
  const overridden = cardByLabel(owner, '09:30–10:30, Chloe Nguyen');
  await overridden.waitFor();
  assert((await overridden.getAttribute('aria-label')).includes('overlap override'), 'the overridden session is marked on the schedule');
  await overridden.getByTestId('override-marker').waitFor();
  await overridden.click();
  const ownerDrawer = owner.locator('.MuiDrawer-paper');
  await ownerDrawer.getByText('Override', { exact: true }).waitFor();
  await ownerDrawer.getByText('Urgent flare-up, patient agreed to share the room').waitFor();
  await shot(owner, '33c-owner-override-booked');
  await ownerDrawer.getByRole('button', { name: 'Close session details' }).click();
  await owner.getByRole('menuitem', { name: 'Therapists' }).click();
  await owner.waitForURL(/#\/therapists/); // the owner lands on the dashboard, whose tables also list Sam
  await owner.locator('table tbody tr').filter({ hasText: 'Sam Okafor' }).waitFor();
  await shot(owner, '34-owner-therapists');
  await owner.locator('table tbody tr').filter({ hasText: 'Sam Okafor' }).click();
  const saturday = owner.getByRole('group', { name: 'Saturday' });
  await saturday.getByText('Not working').waitFor();
  await owner.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await saturday.getByLabel('Saturday block 1 start').fill('10:00');
  await saturday.getByLabel('Saturday block 1 end').fill('14:00');
  // A mistake first: an overlapping second block is refused before saving.
  await owner.getByRole('button', { name: 'Add hours on Saturday' }).click();
  await saturday.getByLabel('Saturday block 2 start').fill('13:00');
  await saturday.getByLabel('Saturday block 2 end').fill('15:00');
  await saturday.getByText('Overlaps 10:00–14:00').waitFor();
  assert(await owner.getByRole('button', { name: 'Save working hours' }).isDisabled(), 'overlapping hours cannot be saved');
  await owner.getByRole('button', { name: /Remove Saturday block 2/ }).click();
  await owner.getByRole('button', { name: 'Save working hours' }).click();
  await owner.getByText(/Working hours saved/).waitFor();
  await shot(owner, '35-owner-working-hours-saved');
  // Reload: the hours come back from the server.
  await owner.reload();
  await owner.getByRole('group', { name: 'Saturday' }).getByLabel('Saturday block 1 end').waitFor();
  assert(
    (await owner.getByRole('group', { name: 'Saturday' }).getByLabel('Saturday block 1 end').inputValue()) === '14:00',
    'Saturday hours persisted',
  );

  await owner.getByRole('menuitem', { name: 'Service types' }).click();
  const swedish = owner.locator('table tbody tr').filter({ hasText: 'Swedish massage (45 min)' });
  await swedish.waitFor();
  await swedish.click();
  await owner.getByLabel('Recovery buffer (minutes)').fill('20');
  await shot(owner, '36-owner-service-type-edit');
  await owner.getByRole('button', { name: 'Save service' }).click();
  await owner.getByRole('alert').filter({ hasText: 'Swedish massage (45 min) saved' }).waitFor();
  await owner.locator('table tbody tr').filter({ hasText: 'Swedish massage (45 min)' }).getByText('20 min').waitFor();
  await shot(owner, '37-owner-service-types');

  log('owner: staff, rooms and clinic settings pages');
  await owner.getByRole('menuitem', { name: 'Staff' }).click();
  await owner.locator('table tbody tr').filter({ hasText: 'frontdesk@demo.backtrack.app' }).waitFor();
  // Invitations by email are the staff journey's (staff.journeys.mjs); here the owner sets a password.
  await owner.getByRole('link', { name: 'Invite staff' }).click();
  await owner.getByText('The person signs in with this email').waitFor();
  await owner.getByLabel(/^Name/).fill('Tess Rowe');
  await owner.getByRole('textbox', { name: 'Email' }).fill('tess@demo.backtrack.app');
  await pickOption(owner, owner, 'Role', 'Therapist');
  await owner.getByRole('radio', { name: /Set an initial password now/ }).check();
  await owner.getByLabel(/Initial password/).fill('short');
  await owner.getByRole('button', { name: 'Create account' }).click();
  await owner.getByText('At least 10 characters', { exact: true }).first().waitFor();
  await owner.getByLabel(/Initial password/).fill('a-long-enough-password');
  await owner.getByRole('button', { name: 'Create account' }).click();
  await owner.getByRole('alert').filter({ hasText: 'Tess Rowe added' }).waitFor();
  await owner.locator('table tbody tr').filter({ hasText: 'tess@demo.backtrack.app' }).waitFor();
  await shot(owner, '38-owner-staff');
  await owner.getByRole('menuitem', { name: 'Therapists' }).click();
  await owner.locator('table tbody tr').filter({ hasText: 'Tess Rowe' }).waitFor(); // createStaff made the profile
  await owner.getByRole('menuitem', { name: 'Rooms' }).click();
  await owner.locator('table tbody tr').filter({ hasText: 'Cedar room' }).waitFor();
  await owner.getByRole('menuitem', { name: 'Clinic settings' }).click();
  await owner.getByLabel('Clinic name').waitFor();
  assert((await owner.getByLabel('Time zone').inputValue()).includes('New York'), 'the clinic time zone is shown');
  await owner.getByLabel('Late-cancel window (hours)').fill('12');
  await owner.getByRole('button', { name: 'Save settings' }).click();
  await owner.getByRole('alert').filter({ hasText: 'Clinic settings saved' }).waitFor();
  await shot(owner, '39-owner-clinic-settings');
  await signOut(owner);
  await ownerContext.close();

  log('schedule: front desk sees the catalogue read-only and no owner pages');
  const viewer = await browser.newContext({ viewport: { width: 820, height: 1000 } });
  viewer.setDefaultTimeout(10_000);
  const fd = await viewer.newPage();
  watchErrors(fd, 'front desk (catalogue)');
  await signIn(fd, baseUrl, 'frontdesk@demo.backtrack.app');
  for (const hidden of ['Staff', 'Clinic settings'])
    assert((await fd.getByRole('menuitem', { name: hidden }).count()) === 0, `no ${hidden} menu for the front desk`);
  await fd.getByRole('menuitem', { name: 'Service types' }).click();
  await fd.locator('table tbody tr').first().waitFor();
  assert((await fd.getByRole('link', { name: 'New service' }).count()) === 0, 'front desk cannot add services');
  await fd.getByRole('menuitem', { name: 'Therapists' }).click();
  await fd.locator('table tbody tr').filter({ hasText: 'Maya Chen' }).click();
  await fd.getByRole('heading', { name: 'Weekly working hours' }).waitFor();
  assert((await fd.getByRole('button', { name: 'Save working hours' }).count()) === 0, 'front desk sees working hours read-only');
  await assertNoHorizontalScroll(fd, 'therapist page on a tablet');
  await shot(fd, '40-frontdesk-therapist-readonly');
  await viewer.close();
}
