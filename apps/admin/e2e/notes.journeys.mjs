// End-to-end journey of a SOAP treatment note, against the real API (called from run.mjs, which owns
// the API process, the browser and the shared helpers): a therapist records the note of a session in
// SOAP form from the schedule, amends it with a reason, and reads the history with both versions and
// who wrote each; the dialogs are looked at on a desktop, a 1024 px tablet and a 390 px phone.
//
// Attendance is recorded only once a session has begun, and the demo clinic's sessions in the past are
// already completed, cancelled or a no-show. So the owner first takes the demo's past no-show back to
// BOOKED (revertSessionStatus, with a reason) through the API; the session's therapist then checks the
// patient in and completes the session from the schedule like on any day. This journey runs last: it
// changes that demo session, which no other journey relies on.

const ZONE = 'America/New_York';
const PASSWORD = 'backtrack-demo';
const THERAPIST_EMAILS = { 'Maya Chen': 'maya@demo.backtrack.app', 'Sam Okafor': 'sam@demo.backtrack.app' };
const DESKTOP = { width: 1280, height: 900 };
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };

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

const localDate = (iso) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** "Tuesday 1 December 2026", as the schedule's heading writes a day. */
function longDayFull(day) {
  const d = new Date(`${day}T12:00:00Z`);
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export async function notesJourneys(
  browser,
  baseUrl,
  { shot: rawShot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll },
) {
  const shot = async (page, name) => {
    await page.evaluate(() => document.activeElement?.blur?.());
    await rawShot(page, name);
  };

  // -------------------------------------------------------------------------------------------
  log('notes: the owner takes the demo no-show back to booked, so that it can be attended');
  const { login } = await graphql(
    baseUrl,
    null,
    'mutation notesE2eLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'owner@demo.backtrack.app', password: PASSWORD },
  );
  const { allSessions } = await graphql(
    baseUrl,
    login.token,
    `
      query notesE2eNoShows {
        allSessions(filter: { status: NO_SHOW }, sortField: "startsAt", sortOrder: "ASC") {
          id
          startsAt
          endsAt
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
  const session = allSessions.find((s) => Date.parse(s.startsAt) < Date.now());
  assert(session, 'the demo clinic has a no-show in the past');
  await graphql(
    baseUrl,
    login.token,
    'mutation notesE2eRevert($id: ID!) { revertSessionStatus(id: $id, reason: "Marked no-show by mistake: the patient came in") { id status } }',
    { id: session.id },
  );
  const therapistName = session.therapist.displayName;
  const email = THERAPIST_EMAILS[therapistName];
  assert(email, `a demo therapist's session, got ${therapistName}`);
  const day = localDate(session.startsAt);
  log(`  ${session.patient.name} with ${therapistName} on ${day}`);

  // Each screen size gets its own signed-in page, as on a real phone or tablet: resizing a page with a
  // dialog open makes react-admin mount its phone menu as a modal above the dialog.
  async function therapistPage(viewport, who) {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(15_000); // three signed-in pages beside the other journeys' load
    context.setDefaultNavigationTimeout(30_000);
    const page = await context.newPage();
    watchErrors(page, `therapist (notes, ${who})`);
    await signIn(page, baseUrl, email);
    await page.getByTestId('schedule-grid').waitFor(); // a therapist lands on the schedule
    await page.getByRole('navigation', { name: 'Schedule navigation' }).getByLabel('Date').fill(day);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="schedule-heading"]')?.textContent?.includes(expected),
      longDayFull(day),
    );
    return { context, page };
  }
  const openSession = async (page) => {
    await page.locator(`[data-session-id="${session.id}"]`).click();
    const drawer = page.locator('.MuiDrawer-paper').filter({ has: page.getByRole('heading', { name: session.patient.name }) });
    await drawer.waitFor();
    return drawer;
  };

  // -------------------------------------------------------------------------------------------
  log(`notes: ${therapistName} checks the patient in on a phone and starts the SOAP note there`);
  const phone = await therapistPage(PHONE, 'phone');
  let drawer = await openSession(phone.page);
  await drawer.getByRole('button', { name: 'Check in' }).click();
  await drawer.getByRole('button', { name: 'Complete with treatment note' }).click();
  let complete = phone.page.getByRole('dialog', { name: /Complete session/ });
  for (const part of ['Subjective', 'Objective', 'Assessment', 'Plan']) await complete.getByRole('region', { name: part }).waitFor();
  const phoneBox = await complete.boundingBox();
  assert(phoneBox && phoneBox.width <= PHONE.width, `the dialog fits the phone (${phoneBox?.width}px)`);
  await complete.getByLabel('What the patient reports').fill('Pain 6/10 after a weekend of gardening.');
  await shot(phone.page, '91-notes-complete-phone');
  await assertNoHorizontalScroll(phone.page, 'the complete-session dialog at 390 px');
  await complete.getByRole('button', { name: 'Close' }).click();
  await complete.waitFor({ state: 'detached' });
  await drawer.getByRole('button', { name: 'Close session details' }).click();

  // -------------------------------------------------------------------------------------------
  log('notes: records S, O, A, P and the next step on a 1024 px tablet, and completes the session');
  const tablet = await therapistPage(TABLET, 'tablet');
  drawer = await openSession(tablet.page);
  await drawer.getByRole('button', { name: 'Complete with treatment note' }).click();
  complete = tablet.page.getByRole('dialog', { name: /Complete session/ });
  await complete.getByLabel('What the patient reports').fill('Pain 6/10 after a weekend of gardening; stiff in the mornings.');
  await complete.getByLabel('Findings').fill('Guarding at L4–L5; hypertonic right quadratus lumborum.');
  await complete.getByLabel('Trigger point').check();
  await complete.getByLabel('Firm').check();
  await complete.getByLabel(/Patient response/).fill('Range of motion improved; pain 3/10 after the session.');
  await complete.getByLabel('Plan', { exact: true }).fill('Weekly for four weeks; daily cat–cow and knee-to-chest stretches.');
  await complete.getByLabel('Next step').fill('Rebook in 1 week, add hip mobility');
  await shot(tablet.page, '90-notes-complete-tablet');
  await assertNoHorizontalScroll(tablet.page, 'the complete-session dialog at 1024 px');
  await complete.getByRole('button', { name: 'Complete session' }).click();
  await complete.waitFor({ state: 'detached' });
  await tablet.page.getByText('Session completed', { exact: true }).waitFor();
  let note = drawer.getByRole('region', { name: 'Treatment note' });
  await note
    .getByRole('region', { name: 'Subjective' })
    .getByText(/Pain 6\/10 after a weekend of gardening/)
    .waitFor();
  await note
    .getByRole('region', { name: 'Objective' })
    .getByText(/Trigger point/)
    .waitFor();
  await note
    .getByRole('region', { name: 'Assessment / response' })
    .getByText(/pain 3\/10 after/)
    .waitFor();
  await note.getByRole('region', { name: 'Plan' }).getByText('Rebook in 1 week, add hip mobility', { exact: false }).waitFor();
  await note.getByText(`by ${therapistName} (Therapist)`, { exact: false }).waitFor();
  await shot(tablet.page, '93-notes-recorded-tablet');
  await drawer.getByRole('button', { name: 'Close session details' }).click();

  // -------------------------------------------------------------------------------------------
  log('notes: amends the note with a reason on a desktop');
  const desktop = await therapistPage(DESKTOP, 'desktop');
  drawer = await openSession(desktop.page);
  note = drawer.getByRole('region', { name: 'Treatment note' });
  await note.getByRole('button', { name: 'Amend' }).click();
  const amend = desktop.page.getByRole('dialog', { name: /Amend treatment note/ });
  assert(
    (await amend.getByLabel('Next step').inputValue()) === 'Rebook in 1 week, add hip mobility',
    'the amendment opens with the note prefilled',
  );
  await amend.getByRole('button', { name: 'Save amendment' }).click();
  await amend.getByText(/Say why the note is amended/).waitFor();
  await amend.getByLabel('Plan', { exact: true }).fill('Fortnightly for six weeks, as agreed by phone; daily stretches.');
  await amend.getByLabel('Next step').fill('Rebook in 2 weeks');
  await amend.getByRole('textbox', { name: /Reason for the amendment/ }).fill('Plan agreed with the patient by phone after the session');
  await shot(desktop.page, '94-notes-amend-desktop');
  await amend.getByRole('button', { name: 'Save amendment' }).click();
  await amend.waitFor({ state: 'detached' });
  await desktop.page.getByText('Treatment note amended (version 2)').waitFor();
  await note.getByText(/Version 2, amended .* by/).waitFor();
  await note.getByRole('region', { name: 'Plan' }).getByText('Rebook in 2 weeks', { exact: false }).waitFor();

  // -------------------------------------------------------------------------------------------
  log('notes: the history shows both versions, who wrote each, when and why');
  const openHistory = async (page, where) => {
    await where.getByRole('region', { name: 'Treatment note' }).getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: /version history/ });
    const versions = history.getByRole('list', { name: 'Versions' }).getByRole('listitem');
    await versions.first().waitFor();
    assert((await versions.count()) === 2, `two versions in the history, got ${await versions.count()}`);
    const latest = history.getByRole('listitem', { name: 'Version 2' });
    const original = history.getByRole('listitem', { name: 'Version 1' });
    await latest.getByText(`${therapistName} (Therapist)`, { exact: false }).waitFor();
    await latest.getByText('Why: Plan agreed with the patient by phone after the session').waitFor();
    await latest.getByText('Changed: Plan, Next step').waitFor();
    await original.getByText(`${therapistName} (Therapist)`, { exact: false }).waitFor();
    await original.getByText('Original note').waitFor();
    await original.getByRole('button', { name: /Version 1/ }).click();
    await original.getByText('Weekly for four weeks; daily cat–cow and knee-to-chest stretches.').waitFor({ state: 'visible' });
    return history;
  };
  const history = await openHistory(desktop.page, drawer);
  await shot(desktop.page, '95-notes-history-desktop');
  await history.getByRole('button', { name: 'Close' }).click();
  await history.waitFor({ state: 'detached' });
  await drawer.getByRole('button', { name: 'Close session details' }).click();
  await signOut(desktop.page);
  await desktop.context.close();

  log('notes: the amended note and its history on the tablet and the phone');
  await tablet.page.reload(); // the session's note as it is now, not as this page last read it
  await tablet.page.getByTestId('schedule-grid').waitFor();
  drawer = await openSession(tablet.page);
  await drawer.getByText(/Version 2, amended/).waitFor();
  await openHistory(tablet.page, drawer);
  await shot(tablet.page, '96-notes-history-tablet');
  await assertNoHorizontalScroll(tablet.page, 'the note history at 1024 px');
  await tablet.context.close();

  await phone.page.reload();
  await phone.page.getByTestId('schedule-grid').waitFor();
  drawer = await openSession(phone.page);
  await drawer.getByText(/Version 2, amended/).waitFor();
  await shot(phone.page, '98-notes-drawer-phone');
  await assertNoHorizontalScroll(phone.page, 'the session drawer with its note at 390 px');
  await openHistory(phone.page, drawer);
  await shot(phone.page, '97-notes-history-phone');
  await assertNoHorizontalScroll(phone.page, 'the note history at 390 px');
  await phone.context.close();
}
