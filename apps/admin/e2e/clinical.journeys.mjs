// End-to-end journeys of the clinical record and the outcomes, against the real API (called from
// run.mjs, which owns the API process, the browser and the shared helpers):
//   - a therapist records an NPRS and an ODI for a patient she treats and sees the chart update,
//     amends one and reads its history, and the chart works on a tablet;
//   - the owner lands on the dashboard, filters the outcomes and sees the numbers change, records a
//     clearance, and reads the audit log;
//   - the front desk finds no way to a score.
// Grace Kim (Maya's patient in the demo clinic: NPRS 6 → 3, ODI 38 → 20) and Henry Walsh (no sessions
// with Maya) are not used by the other journeys.

const ODI_ANSWERS = {
  'Pain intensity': '1',
  'Personal care': '1',
  Lifting: '2',
  Walking: '1',
  Sitting: '1',
  Standing: '1',
  Sleeping: '1',
  'Sex life': '0',
  'Social life': '0',
  Travelling: '0',
}; // 8 of 50 = 16%

export async function clinicalJourneys(
  browser,
  baseUrl,
  { shot: rawShot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll },
) {
  const shot = async (page, name) => {
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await rawShot(page, name);
  };

  async function openPatient(page, name) {
    await page.getByRole('menuitem', { name: 'Patients' }).click();
    await page.getByPlaceholder('Name, phone, email or birth date').fill(name.split(' ')[0]);
    // The search is debounced into the URL; clicking a row before that lands would be undone by it.
    await page.waitForURL(/filter=.*q/);
    await page.locator('table tbody tr td.column-name', { hasText: name }).first().click();
    await page.getByRole('heading', { name, level: 2 }).waitFor();
  }

  const summaryOf = (page, instrument) => page.getByRole('region', { name: `${instrument} outcome` }).getByTestId('measure-summary');

  // -------------------------------------------------------------------------------------------
  log('clinical: front desk finds no way to scores');
  {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watchErrors(page, 'front desk (clinical)');
    await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
    await page.getByRole('menuitem', { name: 'Patients' }).waitFor();
    for (const hidden of ['Dashboard', 'Outcomes', 'Audit log', 'Assessments']) {
      assert((await page.getByRole('menuitem', { name: hidden }).count()) === 0, `no ${hidden} menu entry for the front desk`);
    }
    await openPatient(page, 'Henry Walsh');
    await page.getByRole('button', { name: 'Record screening' }).waitFor();
    assert((await page.getByRole('tab').count()) === 0, 'no clinical tabs for the front desk');
    assert((await page.getByRole('button', { name: 'Record assessment' }).count()) === 0, 'no assessment button for the front desk');
    assert((await page.getByText(/Outcomes|Assessments|NPRS|ODI/).count()) === 0, 'no score or outcome wording on the patient page');

    log('clinical: front desk records a screening that needs clearance');
    await page.getByRole('button', { name: 'Record screening' }).click();
    const dialog = page.getByRole('dialog', { name: /Record screening/ });
    await dialog.getByLabel('Severe nerve symptoms such as numbness or weakness').check();
    await dialog.getByLabel('Screening notes').fill('Tingling down the left leg since last week.');
    await dialog.getByText('Saving this screening sets the patient to').waitFor();
    await shot(page, '50-frontdesk-screening');
    await dialog.getByRole('button', { name: 'Save screening' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Needs medical clearance').first().waitFor();
    await shot(page, '51-frontdesk-needs-clearance');

    log('clinical: front desk is refused the outcome and audit pages by URL');
    for (const route of ['outcomes', 'audit']) {
      await page.goto(`${baseUrl}/#/${route}`);
      await page
        .getByText(/access denied|not authorized|permission/i)
        .first()
        .waitFor();
      assert(
        (await page.getByText(/Responders against|Meets the 50% claim|Audit log/).count()) === 0,
        `${route} shows nothing to the front desk`,
      );
    }
    await shot(page, '52-frontdesk-outcomes-refused');
    await context.close();
  }

  // -------------------------------------------------------------------------------------------
  log('clinical: Maya records an NPRS and an ODI and sees the chart update');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watchErrors(page, 'therapist (clinical)');
    await signIn(page, baseUrl, 'maya@demo.backtrack.app');
    await page.getByRole('menuitem', { name: 'Outcomes' }).waitFor();
    await openPatient(page, 'Grace Kim');
    await page.getByRole('tab', { name: 'Outcomes' }).waitFor();
    await summaryOf(page, 'NPRS').waitFor();
    const nprsBefore = await summaryOf(page, 'NPRS').innerText();
    const odiBefore = await summaryOf(page, 'ODI').innerText();
    assert(nprsBefore.startsWith('NPRS 6 → 3'), `NPRS summary before, got: ${nprsBefore}`);
    const dotsBefore = await page.getByTestId('outcome-chart-NPRS').locator('.recharts-line-dot').count();
    await page.locator('.recharts-reference-line line').first().waitFor({ state: 'attached' });
    await shot(page, '53-therapist-chart-before');

    await page.getByRole('button', { name: 'Record assessment' }).click();
    let dialog = page.getByRole('dialog', { name: /Record assessment/ });
    await dialog.getByRole('button', { name: 'NPRS', exact: true }).click();
    const slider = dialog.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await dialog.getByTestId('live-score').filter({ hasText: 'NPRS 2 / 10' }).waitFor();
    await shot(page, '54-therapist-nprs-form');
    await dialog.getByRole('button', { name: 'Save NPRS' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('NPRS saved: 2 / 10').waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[aria-label="NPRS outcome"] [data-testid="measure-summary"]')?.textContent?.startsWith('NPRS 6 → 2'),
    );
    const nprsAfter = await summaryOf(page, 'NPRS').innerText();
    assert(nprsAfter === 'NPRS 6 → 2: 67% better, meets the 50% claim', `NPRS summary after, got: ${nprsAfter}`);
    const dotsAfter = await page.getByTestId('outcome-chart-NPRS').locator('.recharts-line-dot').count();
    assert(dotsAfter === dotsBefore + 1, `one more NPRS point (${dotsBefore} → ${dotsAfter})`);

    log('clinical: Maya records an ODI, skipping one section');
    await page.getByRole('button', { name: 'Record assessment' }).click();
    dialog = page.getByRole('dialog', { name: /Record assessment/ });
    await dialog.getByRole('button', { name: 'ODI', exact: true }).click();
    for (const [section, value] of Object.entries(ODI_ANSWERS)) await dialog.getByLabel(section, { exact: true }).selectOption(value);
    await dialog.getByTestId('live-score').filter({ hasText: 'ODI 16%' }).waitFor();
    await dialog.getByTestId('live-band').filter({ hasText: 'Minimal disability' }).waitFor();
    // Three skipped sections are refused before saving, naming them.
    for (const section of ['Sex life', 'Social life', 'Travelling']) await dialog.getByLabel(section, { exact: true }).selectOption('skip');
    await dialog.getByRole('alert').filter({ hasText: 'Sex life, Social life and Travelling' }).waitFor();
    await shot(page, '55-therapist-odi-three-skipped');
    await dialog.getByLabel('Travelling', { exact: true }).selectOption('0');
    await dialog.getByTestId('live-score').filter({ hasText: 'ODI 20%' }).waitFor(); // 8 of 40 answered
    await dialog.getByLabel('Sex life', { exact: true }).selectOption('0');
    await dialog.getByLabel('Social life', { exact: true }).selectOption('0');
    await dialog.getByTestId('live-score').filter({ hasText: 'ODI 16%' }).waitFor();
    await shot(page, '56-therapist-odi-form');
    await dialog.getByRole('button', { name: 'Save ODI' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      document.querySelector('[aria-label="ODI outcome"] [data-testid="measure-summary"]')?.textContent?.startsWith('ODI 38 → 16'),
    );
    const odiAfter = await summaryOf(page, 'ODI').innerText();
    assert(odiAfter === 'ODI 38 → 16: 58% better, meets the 50% claim', `ODI summary after (before: ${odiBefore}), got: ${odiAfter}`);
    await shot(page, '57-therapist-chart-after');

    log('clinical: by session number');
    await page.getByRole('button', { name: 'By session' }).click();
    await page.getByText('Completed sessions').first().waitFor();
    await shot(page, '58-therapist-chart-by-session');

    log('clinical: Maya amends the NPRS and reads its history');
    await page.getByRole('tab', { name: 'Assessments' }).click();
    const latestNprs = page.locator('tr[data-instrument="NPRS"]').first();
    await latestNprs.getByRole('button', { name: /^Amend/ }).click();
    dialog = page.getByRole('dialog', { name: /Amend NPRS/ });
    await dialog.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await dialog.getByTestId('live-score').filter({ hasText: 'NPRS 3 / 10' }).waitFor();
    await dialog.getByLabel(/Reason for the amendment/).fill('Patient corrected her rating after the session');
    await dialog.getByRole('button', { name: 'Save amendment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tr[data-instrument="NPRS"]').first().getByText('v2 · amended').waitFor();
    await page
      .locator('tr[data-instrument="NPRS"]')
      .first()
      .getByRole('button', { name: /^History/ })
      .click();
    const history = page.getByRole('dialog', { name: /version history/ });
    await history.getByText('Patient corrected her rating after the session').waitFor();
    await history.getByText('v1').waitFor();
    await history.getByText('2 / 10').waitFor(); // the old version stays readable
    await shot(page, '59-therapist-amendment-history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Sessions & notes' }).click();
    await page.getByRole('region', { name: 'Treatment note' }).first().waitFor();
    await shot(page, '60-therapist-sessions-notes');

    log('clinical: Maya’s own outcomes, restricted to her patients');
    await page.getByRole('menuitem', { name: 'Outcomes' }).click();
    await page.getByText('These figures cover only your own patients').waitFor();
    await page.getByRole('table', { name: 'Outcomes by instrument' }).waitFor();
    assert((await page.getByRole('combobox', { name: 'Therapist' }).count()) === 0, 'no therapist filter for a therapist');
    await shot(page, '61-therapist-own-outcomes');

    log('clinical: the chart on a tablet (820px)');
    await page.setViewportSize({ width: 820, height: 1180 });
    await openPatient(page, 'Grace Kim');
    await summaryOf(page, 'ODI').waitFor();
    await assertNoHorizontalScroll(page, 'patient chart on a tablet');
    await shot(page, '62-therapist-tablet-chart');
    await page.getByRole('button', { name: 'Record assessment' }).click();
    dialog = page.getByRole('dialog', { name: /Record assessment/ });
    await dialog.getByRole('button', { name: 'PSFS', exact: true }).click();
    await dialog.getByLabel('Activity 1 name').waitFor();
    await shot(page, '63-therapist-tablet-psfs-form');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus went back to "Record assessment" below the tabs, and react-admin hides its app bar while scrolled down
    await page.evaluate(() => window.scrollTo(0, 0));
    await signOut(page);
    await context.close();
  }

  // -------------------------------------------------------------------------------------------
  log('clinical: the owner’s dashboard, filtered');
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watchErrors(page, 'owner (dashboard)');
    await signIn(page, baseUrl, 'owner@demo.backtrack.app');
    await page.getByRole('region', { name: 'This week' }).getByTestId('kpi-Utilization').waitFor();
    await page.getByRole('region', { name: 'Reminders' }).getByTestId('kpi-No-shows with a reminder').waitFor();
    const table = page.getByRole('table', { name: 'Outcomes by instrument' });
    await table.waitFor();
    await page.getByTestId('outcome-statement').filter({ hasText: 'no comparison group' }).waitFor();
    await page.getByTestId('reference-finding').filter({ hasText: '2.5–2.9 Roland-Morris' }).waitFor();
    await page.getByText('Cherkin DC et al. Annals of Internal Medicine, 2011').waitFor();
    const allOdi = await table.locator('tr[data-row="ODI"]').innerText();
    await shot(page, '64-owner-dashboard');

    log('clinical: owner filters the outcomes by therapist');
    const tableBefore = await table.textContent();
    await page.getByRole('combobox', { name: 'Therapist' }).click();
    await page.getByRole('option', { name: 'Sam Okafor' }).click();
    await page.waitForFunction((before) => {
      const t = document.querySelector('table[aria-label="Outcomes by instrument"]');
      return t && t.textContent !== before && !document.querySelector('[aria-label="Loading outcomes"]');
    }, tableBefore);
    const samOdi = await table
      .locator('tr[data-row="ODI"]')
      .innerText()
      .catch(() => '(no ODI row)');
    assert(samOdi !== allOdi, `the ODI figures change with the therapist filter (all: ${allOdi} / Sam: ${samOdi})`);
    await shot(page, '65-owner-dashboard-sam');

    log('clinical: owner filters by instrument');
    await page.getByRole('combobox', { name: 'Therapist' }).click();
    await page.getByRole('option', { name: 'All therapists' }).click();
    await page.waitForFunction(
      (expected) => document.querySelector('table[aria-label="Outcomes by instrument"] tr[data-row="ODI"]')?.innerText === expected,
      allOdi,
    );
    await page.getByRole('combobox', { name: 'Instrument' }).click();
    await page.getByRole('option', { name: 'ODI', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('table[aria-label="Outcomes by instrument"] tbody tr').length === 1);
    assert((await table.locator('tbody tr').first().getAttribute('data-row')) === 'ODI', 'only the ODI row remains');
    await page.getByRole('region', { name: 'By therapist' }).getByText('ODI · Oswestry Disability Index').waitFor();
    await shot(page, '66-owner-dashboard-odi');

    log('clinical: owner records the clearance the front desk asked for');
    await openPatient(page, 'Henry Walsh');
    await page.getByRole('tab', { name: 'Screening & clearance' }).click();
    await page.getByText('Tingling down the left leg since last week.').first().waitFor();
    await page.getByRole('button', { name: 'Record clearance' }).click();
    const clearance = page.getByRole('dialog', { name: /Record medical clearance/ });
    await clearance.getByLabel(/Clinician/).fill('Dr. Priya Raman, MD');
    await clearance.getByLabel(/Clearance note/).fill('MRI clear; gentle pressure on the lumbar area for four weeks.');
    await clearance.getByRole('button', { name: 'Save clearance' }).click();
    await clearance.waitFor({ state: 'detached' });
    await page.getByText('Medically cleared').first().waitFor();
    await page.getByRole('region', { name: 'Clearances' }).getByText('Dr. Priya Raman, MD').first().waitFor();
    await shot(page, '67-owner-clearance');

    log('clinical: owner reads the audit log, filtered to assessments');
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: 'Record' }).click();
    await page.getByRole('option', { name: 'Assessment' }).click();
    await page.waitForURL(/entity/);
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('table tbody tr td.column-entity')].map((td) => td.textContent);
      // A read lists how many records it covered: "Assessment × 3"
      return cells.length > 0 && cells.every((c) => /^Assessment( × \d+)?$/.test(c ?? ''));
    });
    await page.locator('table tbody tr', { hasText: 'Maya Chen' }).first().waitFor();
    const records = await page.locator('table tbody tr td.column-entity').allInnerTexts();
    assert(
      records.length > 0 && records.every((r) => /^Assessment( × \d+)?$/.test(r)),
      `only assessment events, got ${records.slice(0, 5).join(', ')}`,
    );
    await shot(page, '68-owner-audit-log');

    log('clinical: the dashboard on a tablet (820px)');
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${baseUrl}/#/`);
    await page.getByRole('table', { name: 'Outcomes by instrument' }).waitFor();
    await assertNoHorizontalScroll(page, 'dashboard on a tablet');
    await shot(page, '69-owner-tablet-dashboard');
    // The reminder figures' cards and caution, at a small laptop's and a phone's width.
    for (const width of [1024, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('region', { name: 'Reminders' }).getByTestId('kpi-Confirmed by link').waitFor();
      await assertNoHorizontalScroll(page, `dashboard at ${width} px`);
      await shot(page, `69-owner-dashboard-${width}`);
    }
    await context.close();
  }
}
