// End-to-end journeys of patients in the loop: contact consent on the patient form and the outbox
// (Messages), against the real API (called from run.mjs, which owns the API, the browser and the helpers).
// It runs after the schedule journeys, whose bookings may or may not have queued messages: the outbox
// page is checked either way (rows open a message; no rows show an empty state that reads well).

async function openPatient(page, name) {
  await page.getByRole('menuitem', { name: 'Patients' }).click();
  await page.getByPlaceholder('Name, phone, email or birth date').fill(name);
  await page.waitForFunction(
    (expected) => {
      const cells = [...document.querySelectorAll('table tbody tr td.column-name')];
      return cells.length === 1 && cells[0].textContent === expected;
    },
    name,
    { timeout: 10_000 },
  );
  await page.locator('table tbody tr').first().click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

async function frontDeskSetsConsent(browser, baseUrl, { shot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll }) {
  // The front desk's tablet in landscape.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'front desk (messages)');

  log('front desk: records how Ben Carter may be contacted');
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  await openPatient(page, 'Ben Carter');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Mobile phone').waitFor();
  await page.getByText('Include the country code, e.g. +1 202 555 0100').waitFor();
  await page.getByText('SMS only with the patient’s consent').waitFor();

  log('front desk: a phone the server cannot read is refused on the phone field');
  await page.getByLabel('Mobile phone').fill('+1 555');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.waitForFunction(() => document.querySelector('input[name="phone"]')?.getAttribute('aria-invalid') === 'true', null, {
    timeout: 10_000,
  });
  // The server's wording replaces the helper text under the field.
  await page
    .getByText(/must be a valid phone number/)
    .first()
    .waitFor();
  assert((await page.getByText('Include the country code, e.g. +1 202 555 0100').count()) === 0, 'the error replaces the phone helper');
  await shot(page, '70-frontdesk-bad-phone');

  log('front desk: saves phone, SMS consent and SMS as the preferred channel');
  await page.getByLabel('Mobile phone').fill('+1 202 555 0143');
  await page.getByRole('combobox', { name: 'Preferred channel' }).click();
  await page.getByRole('option', { name: 'SMS' }).click();
  await page.getByLabel('May contact by SMS').check();
  await page.getByLabel('May contact by email').check();
  await assertNoHorizontalScroll(page, 'patient form at 1024');
  await shot(page, '71-frontdesk-consent-form');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('heading', { name: 'Ben Carter', level: 2 }).waitFor();
  const demographics = page.getByRole('region', { name: 'Demographics' });
  await demographics.getByText('+1 202 555 0143', { exact: true }).waitFor();
  await demographics.getByText('Email and SMS', { exact: true }).waitFor();
  await demographics.getByText('SMS', { exact: true }).waitFor();
  await shot(page, '72-frontdesk-consent-saved');

  log('front desk: the Messages page is in the menu');
  await page.getByRole('menuitem', { name: 'Messages' }).waitFor();
  await signOut(page);
  await context.close();
}

async function ownerReadsMessages(browser, baseUrl, { shot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll }, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, `owner (messages, ${width})`);

  log(`owner: opens Messages at ${width}px`);
  await signIn(page, baseUrl, 'owner@demo.backtrack.app');
  await page.getByRole('menuitem', { name: 'Messages' }).click();
  await page.waitForURL(/#\/messages/);
  const rows = page.locator('table tbody tr');
  const empty = page.getByText('No messages yet', { exact: true });
  await rows.first().or(empty).waitFor();
  await page.waitForLoadState('networkidle');
  await assertNoHorizontalScroll(page, `messages list at ${width}`);
  if (await empty.isVisible()) {
    log('  the outbox is empty: the empty state explains what will fill it');
    await page.getByText(/appear here as they are scheduled/).waitFor();
    await shot(page, `73-owner-messages-empty-${width}`);
  } else {
    const count = await rows.count();
    log(`  ${count} message(s) listed`);
    await page.getByRole('combobox', { name: 'Kind' }).waitFor();
    await page.getByRole('combobox', { name: 'Status' }).waitFor();
    await page.getByRole('combobox', { name: 'Channel' }).waitFor();
    // Bookings now plan reminders, so the list has rows before the clinic's zone has loaded: wait for a time.
    await rows
      .first()
      .locator('td.column-sendAt')
      .filter({ hasText: /\d{2}:\d{2}/ })
      .waitFor();
    const times = await rows.locator('td.column-sendAt').allInnerTexts();
    assert(
      times.every((t) => /^\w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/.test(t.trim())),
      `send times read as clinic-local days and times, got ${times.slice(0, 3).join(' | ')}`,
    );
    await shot(page, `73-owner-messages-list-${width}`);
    if (width >= 1280) {
      log('owner: opens the newest message');
      await rows.first().click();
      await page.getByRole('region', { name: 'Message text' }).waitFor();
      await page.getByText('Provider result').waitFor();
      await page.getByText('Attempts').waitFor();
      await shot(page, '74-owner-message-show');
    }
  }
  await signOut(page);
  await context.close();
}

async function therapistHasNoMessages(browser, baseUrl, { signIn, log, assert, watchErrors }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'therapist (messages)');
  log('therapist: no Messages in the menu');
  await signIn(page, baseUrl, 'maya@demo.backtrack.app');
  await page.getByRole('menuitem', { name: 'Patients' }).waitFor();
  assert((await page.getByRole('menuitem', { name: 'Messages' }).count()) === 0, 'a therapist has no Messages menu entry');
  await context.close();
}

export async function messagesJourneys(browser, baseUrl, helpers) {
  await frontDeskSetsConsent(browser, baseUrl, helpers);
  await ownerReadsMessages(browser, baseUrl, helpers, 1280);
  await ownerReadsMessages(browser, baseUrl, helpers, 1024);
  await therapistHasNoMessages(browser, baseUrl, helpers);
}
