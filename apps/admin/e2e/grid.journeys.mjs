// End-to-end journey of the schedule grid as the front desk's workplace (called from run.mjs, which owns
// the API, the browser and the helpers): a click on an empty time books there, a session dragged with
// the mouse moves to another time and therapist, a refused drop snaps back and says why where it was
// dropped, the keyboard reaches the cells, and the date, view and filters survive a reload and back.
//
// Dates: a Wednesday at least four weeks ahead, where the demo clinic has no sessions yet (the seed
// covers four days either side of today) and Maya Chen works 09:00–12:30 and 13:30–17:00, Sam Okafor
// 10:00–13:00 and 14:00–18:00 (America/New_York). Nothing here checks a session in: attendance has its
// own time rules.

const ZONE = 'America/New_York';
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PX_PER_MIN = 1.2;

function clinicToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
const asUtc = (iso) => new Date(`${iso}T12:00:00Z`);
function addDays(iso, days) {
  const d = asUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function weekdayAfter(weekday, minDays) {
  let day = addDays(clinicToday(), minDays);
  while (asUtc(day).getUTCDay() !== weekday) day = addDays(day, 1);
  return day;
}
/** "Wednesday 6 January 2027", as the schedule names a day. */
function fullDay(iso) {
  const d = asUtc(iso);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export default async function gridJourneys(
  browser,
  baseUrl,
  { shot: rawShot, signIn, log, assert, watchErrors, assertNoHorizontalScroll },
) {
  const shot = async (page, name) => {
    await page.mouse.move(0, 0); // no hover highlight left where the last click was
    await page.evaluate(() => window.scrollTo(0, 0));
    await rawShot(page, name);
  };
  const day = weekdayAfter(3, 28);
  const dayName = fullDay(day);
  const cell = (page, therapist, time) => page.getByRole('button', { name: `Book ${therapist}, ${dayName} at ${time}`, exact: true });
  const card = (page, text) => page.locator(`[data-session-id][aria-label*="${text}"]`);
  const column = (page, therapist) => page.getByRole('region', { name: `${therapist}, ${dayName}`, exact: true });
  const heading = (page) => page.getByTestId('schedule-heading');

  /** Drags `from` with the mouse so that its top lands on `minute` of `therapist`'s column; returns when dropped. */
  async function drag(page, from, therapist, minute) {
    const source = await from.boundingBox();
    const target = await column(page, therapist).boundingBox();
    const firstHour = await page.evaluate(() => {
      const axis = [...document.querySelectorAll('[data-testid="schedule-grid"] .MuiTypography-caption')].find((e) =>
        /^\d\d:00$/.test(e.textContent ?? ''),
      );
      return Number(axis?.textContent?.slice(0, 2) ?? 8);
    });
    const grab = 6; // px below the card's top edge
    await page.mouse.move(source.x + source.width / 2, source.y + grab);
    await page.mouse.down();
    const x = target.x + target.width / 2;
    const y = target.y + (minute - firstHour * 60) * PX_PER_MIN + grab;
    await page.mouse.move(x, y, { steps: 12 });
    await page.getByTestId('drop-preview').waitFor();
    await page.mouse.up();
  }

  // ---------------------------------------------------------------------------------------------
  log(`grid: the front desk opens ${day} from a link`);
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  desk.setDefaultTimeout(10_000);
  const page = await desk.newPage();
  watchErrors(page, 'front desk (grid)');
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  await page.goto(`${baseUrl}/#/sessions?date=${day}`);
  await heading(page).filter({ hasText: dayName }).waitFor();
  await column(page, 'Maya Chen').waitFor();
  await column(page, 'Sam Okafor').waitFor();

  log('grid: a click on an empty time opens booking at that time, with that therapist');
  await cell(page, 'Maya Chen', '10:00').click();
  const dialog = page.getByRole('dialog', { name: 'Book a session' });
  await dialog.waitFor();
  assert((await dialog.getByLabel('Date').inputValue()) === day, 'the dialog opens on the clicked day');
  await dialog.getByRole('combobox', { name: 'Therapist' }).filter({ hasText: 'Maya Chen' }).waitFor();
  await dialog.getByTestId('preferred-time').filter({ hasText: '10:00 from the schedule' }).waitFor();
  await dialog.getByRole('combobox', { name: 'Patient' }).fill('Alice');
  await page.getByRole('option', { name: /Alice Martinez/ }).click();
  await dialog.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: /^Deep tissue massage/ }).click();
  const chosen = dialog.getByRole('button', { name: '10:00 to 11:00' });
  await page.waitForFunction(
    () => document.querySelector('[role="dialog"] button[aria-label="10:00 to 11:00"]')?.getAttribute('aria-pressed') === 'true',
  );
  assert((await chosen.getAttribute('aria-pressed')) === 'true', 'the clicked time is chosen once the free times are known');
  await dialog.getByTestId('booking-summary').filter({ hasText: '10:00–11:00 · Deep tissue massage (60 min) with Maya Chen' }).waitFor();
  await shot(page, '120-frontdesk-grid-click-to-book');
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  const alice = card(page, 'Alice Martinez');
  await column(page, 'Maya Chen').locator('[aria-label*="10:00–11:00, Alice Martinez"]').waitFor();

  log('grid: the keyboard reaches the free cells; Enter books, arrows move');
  await cell(page, 'Sam Okafor', '10:00').focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  assert(focused === `Book Sam Okafor, ${dayName} at 10:15`, `ArrowDown moves to the next slot step, got ${focused}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Therapist' }).filter({ hasText: 'Sam Okafor' }).waitFor();
  await dialog.getByTestId('preferred-time').filter({ hasText: '10:00 from the schedule' }).waitFor();
  await dialog.getByRole('combobox', { name: 'Patient' }).fill('Ben');
  await page.getByRole('option', { name: /Ben Carter/ }).click();
  await dialog.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: /^Deep tissue massage/ }).click();
  await dialog.getByTestId('booking-summary').filter({ hasText: '10:00–11:00 · Deep tissue massage (60 min) with Sam Okafor' }).waitFor();
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  const ben = column(page, 'Sam Okafor').locator('[aria-label*="10:00–11:00, Ben Carter"]');
  await ben.waitFor();

  log('grid: a session dragged to another time moves there');
  await drag(page, alice, 'Maya Chen', 14 * 60);
  await page
    .getByRole('alert')
    .filter({ hasText: /Moved Alice Martinez to .*14:00 with Maya Chen/ })
    .waitFor();
  await column(page, 'Maya Chen').locator('[aria-label*="14:00–15:00, Alice Martinez"]').waitFor();

  log('grid: … and to another therapist’s column');
  await drag(page, alice, 'Sam Okafor', 15 * 60);
  await column(page, 'Sam Okafor').locator('[aria-label*="15:00–16:00, Alice Martinez"]').waitFor();
  assert((await column(page, 'Maya Chen').locator('[aria-label*="Alice Martinez"]').count()) === 0, 'Alice left Maya Chen’s column');

  log('grid: a drop outside working hours is refused, explained where it was dropped, and snaps back');
  await drag(page, alice, 'Maya Chen', 12 * 60 + 45); // Maya's lunch break
  const refusal = column(page, 'Maya Chen').getByTestId('move-refusal');
  await refusal.filter({ hasText: /^Not moved\s*The therapist does not work at this time/ }).waitFor();
  await column(page, 'Sam Okafor').locator('[aria-label*="15:00–16:00, Alice Martinez"]').waitFor();
  await shot(page, '121-frontdesk-grid-refused-hours');
  await refusal.getByRole('button', { name: 'Dismiss' }).click();
  await refusal.waitFor({ state: 'detached' });

  log('grid: a drop onto another session is refused with who is in the way');
  await drag(page, alice, 'Sam Okafor', 10 * 60 + 30);
  const overlap = column(page, 'Sam Okafor').getByTestId('move-refusal');
  await overlap
    .filter({
      hasText: /Not moved: it would overlap another session\s*Sam Okafor already has a session then \(10:00–11:00 with Ben Carter/,
    })
    .waitFor();
  await column(page, 'Sam Okafor').locator('[aria-label*="15:00–16:00, Alice Martinez"]').waitFor();
  await shot(page, '122-frontdesk-grid-refused-overlap');
  // Starting another drag puts the old refusal away.
  await drag(page, alice, 'Sam Okafor', 16 * 60);
  await column(page, 'Sam Okafor').locator('[aria-label*="16:00–17:00, Alice Martinez"]').waitFor();
  assert((await page.getByTestId('move-refusal').count()) === 0, 'no refusal is left after a successful move');

  log('grid: Enter on a session opens it; its Reschedule is the keyboard’s way to move it');
  await alice.focus();
  await page.keyboard.press('Enter');
  const drawer = page.locator('.MuiDrawer-paper');
  await drawer.getByRole('heading', { name: 'Alice Martinez' }).waitFor();
  await drawer.getByRole('button', { name: 'Reschedule' }).waitFor();
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await drawer.getByRole('heading', { name: 'Alice Martinez' }).waitFor({ state: 'detached' });

  log('grid: a new patient is registered from inside the booking dialog and booked at the clicked time');
  await cell(page, 'Maya Chen', '15:00').click();
  await dialog.waitFor();
  await dialog.getByTestId('preferred-time').filter({ hasText: '15:00 from the schedule' }).waitFor();
  await dialog.getByRole('button', { name: 'New patient' }).click();
  const registration = dialog.getByRole('form', { name: 'New patient' });
  await registration.getByLabel('First name').fill('Wren');
  await registration.getByLabel('Last name').fill('Halvorsen');
  await registration.getByLabel('Date of birth').fill('1986-05-14');
  await registration.getByRole('combobox', { name: 'Complaint region' }).click();
  await page.getByRole('option', { name: 'Lower back' }).click();
  await shot(page, '124a-frontdesk-grid-new-patient');
  await registration.getByRole('button', { name: 'Register and select' }).click();
  await registration.waitFor({ state: 'detached' });
  const picked = await dialog.getByRole('combobox', { name: 'Patient' }).inputValue();
  assert(/Wren Halvorsen/.test(picked), `the registered patient is selected in the booking, got "${picked}"`);
  assert(
    (await dialog.getByTestId('preferred-time').filter({ hasText: '15:00 from the schedule' }).count()) === 1,
    'the clicked time is kept',
  );
  await dialog.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: /^Deep tissue massage/ }).click();
  await dialog.getByTestId('booking-summary').filter({ hasText: '15:00–16:00 · Deep tissue massage (60 min) with Maya Chen' }).waitFor();
  await dialog.getByRole('button', { name: 'Book session' }).click();
  await dialog.waitFor({ state: 'detached' });
  const wren = column(page, 'Maya Chen').locator('[aria-label*="15:00–16:00, Wren Halvorsen"]');
  await wren.waitFor();

  log('grid: from the keyboard, Reschedule hands a session to another therapist');
  await wren.focus();
  await page.keyboard.press('Enter');
  await drawer.getByRole('heading', { name: 'Wren Halvorsen' }).waitFor();
  await drawer.getByRole('button', { name: 'Reschedule' }).click();
  const move = page.getByRole('dialog', { name: 'Reschedule' });
  await move.getByRole('combobox', { name: 'Therapist' }).click();
  await page.getByRole('option', { name: 'Sam Okafor' }).click();
  await move.getByRole('button', { name: '14:00 to 15:00' }).click();
  await move.getByRole('button', { name: /^Move to .* 14:00$/ }).click();
  await move.waitFor({ state: 'detached' });
  await drawer.getByText('Sam Okafor', { exact: true }).waitFor(); // the drawer shows the session as moved
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await drawer.getByRole('heading', { name: 'Wren Halvorsen' }).waitFor({ state: 'detached' });
  await column(page, 'Sam Okafor').locator('[aria-label*="14:00–15:00, Wren Halvorsen"]').waitFor();
  assert((await column(page, 'Maya Chen').locator('[aria-label*="Wren Halvorsen"]').count()) === 0, 'Wren left Maya Chen’s column');

  log('grid: the view and filters go into the address; reload and back keep them');
  await shot(page, '123-frontdesk-grid-day-1280');
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.waitForURL(/view=week/);
  await page.getByRole('button', { name: `Open ${dayName}` }).waitFor();
  await shot(page, '124-frontdesk-grid-week-1280');
  await page.getByRole('combobox', { name: 'Therapist' }).click();
  await page.getByRole('option', { name: 'Sam Okafor' }).click();
  await page.waitForURL(/therapist=/);
  const shared = page.url();
  assert(shared.includes(`date=${day}`) && shared.includes('view=week'), `the address holds date and view: ${shared}`);
  await page.reload();
  await page.getByRole('combobox', { name: 'Therapist' }).filter({ hasText: 'Sam Okafor' }).waitFor();
  await page.getByRole('button', { name: 'Week', exact: true, pressed: true }).waitFor();
  await page.getByRole('button', { name: `Open ${dayName}` }).waitFor();
  assert(page.url() === shared, 'a reload keeps the address');
  await page.goBack();
  await page.getByRole('combobox', { name: 'Therapist' }).filter({ hasText: 'All therapists' }).waitFor();
  await page.goBack();
  await page.getByRole('button', { name: 'Day', exact: true, pressed: true }).waitFor();
  await heading(page).filter({ hasText: dayName }).waitFor();
  await page.goForward();
  await page.getByRole('button', { name: 'Week', exact: true, pressed: true }).waitFor();

  log('grid: a shared link opens the same schedule in another browser');
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  other.setDefaultTimeout(10_000);
  const tablet = await other.newPage();
  watchErrors(tablet, 'front desk (grid, 1024)');
  await signIn(tablet, baseUrl, 'frontdesk@demo.backtrack.app');
  await tablet.goto(`${baseUrl}/#/sessions?date=${day}&view=week`);
  await tablet.getByRole('button', { name: `Open ${dayName}` }).waitFor();
  await tablet.locator('[aria-label*="16:00–17:00, Alice Martinez"]').waitFor();
  await assertNoHorizontalScroll(tablet, 'week view at 1024 px');
  // Names are readable: a therapist's column header is wide enough for the whole name.
  const header = tablet.locator('[data-testid="schedule-grid"] p[title^="Maya Chen"]').first();
  const fits = await header.evaluate((e) => e.scrollWidth <= e.clientWidth);
  assert(fits, 'the therapist’s name fits its week column');
  // Sunday: nobody works, so no therapist takes a column that day.
  const sunday = addDays(day, 4);
  assert(
    (await tablet.getByRole('region', { name: new RegExp(`^(Maya Chen|Sam Okafor), ${fullDay(sunday)}$`) }).count()) === 0,
    'no therapist column on a day nobody works',
  );
  await shot(tablet, '125-frontdesk-grid-week-1024');
  await other.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  phone.setDefaultTimeout(10_000);
  const mobile = await phone.newPage();
  watchErrors(mobile, 'front desk (grid, 390)');
  await signIn(mobile, baseUrl, 'frontdesk@demo.backtrack.app');
  await mobile.goto(`${baseUrl}/#/sessions?date=${day}`);
  await mobile.locator('[aria-label*="16:00–17:00, Alice Martinez"]').waitFor();
  await assertNoHorizontalScroll(mobile, 'day view at 390 px');
  await shot(mobile, '126-frontdesk-grid-day-390');
  await phone.close();
  await desk.close();
}
