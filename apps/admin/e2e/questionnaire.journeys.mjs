// End-to-end journey of a questionnaire at home, against the real API (called from run.mjs, which owns
// the API, the browser and the helpers): the front desk books a first visit for a new patient with a
// lower-back complaint who accepts email, and the baseline questionnaire (ODI and NPRS, the clinic's
// default for the low back) appears in the outbox; the patient opens its link on a phone, answers
// both instruments (skipping one ODI section) and is thanked; the therapist then finds both scores
// in the patient's chart, marked as patient-reported, and on the outcome chart.
//
// It makes its own patient, so the demo's patients and the other journeys are left alone.

const PASSWORD = 'backtrack-demo';
const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1024, height: 768 };
const DESKTOP = { width: 1280, height: 900 };
const HOUR = 3_600_000;

// 9 of the 45 points of the nine sections answered: ODI 20%. Sitting is skipped.
const ODI_ANSWERS = [
  ['Pain intensity', 2],
  ['Personal care', 1],
  ['Lifting', 2],
  ['Walking', 1],
  ['Sitting', 'skip'],
  ['Standing', 1],
  ['Sleeping', 1],
  ['Sex life', 0],
  ['Social life', 1],
  ['Travelling', 0],
];
const NPRS_ANSWER = 4;

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
    'mutation QuestionnaireE2eLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: PASSWORD },
  );
  return data.login.token;
}

/** The front desk registers the patient and books her first visit with Maya Chen, the next free time a day or more ahead. */
async function bookFirstVisit(baseUrl, log, assert) {
  const desk = await login(baseUrl, 'frontdesk@demo.backtrack.app');
  const { createPatient: patient } = await graphql(
    baseUrl,
    desk,
    `
      mutation QuestionnaireE2eCreatePatient {
        createPatient(
          firstName: "Ingrid"
          lastName: "Solberg"
          email: "ingrid.solberg@example.com"
          emailConsent: true
          preferredChannel: EMAIL
          dateOfBirth: "1979-09-02"
          complaintRegion: LOWER_BACK
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
      query QuestionnaireE2eCatalogue {
        allTherapists(filter: { q: "Maya" }) {
          id
        }
        allServiceTypes(filter: { q: "Trigger point" }) {
          id
        }
      }
    `,
  );
  const [maya] = catalogue.allTherapists;
  const [service] = catalogue.allServiceTypes;
  assert(maya && service, 'Maya Chen and the trigger point service are in the demo catalogue');
  const from = new Date(Date.now() + 24 * HOUR);
  const { availableSlots } = await graphql(
    baseUrl,
    desk,
    `
      query QuestionnaireE2eSlots($therapistId: ID!, $serviceTypeId: ID!, $patientId: ID, $from: DateTime!, $to: DateTime!) {
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
      to: new Date(from.getTime() + 14 * 24 * HOUR).toISOString(),
    },
  );
  assert(availableSlots.length > 0, 'Maya Chen has a free time in the next two weeks');
  const { bookSession: session } = await graphql(
    baseUrl,
    desk,
    `
      mutation QuestionnaireE2eBook($input: BookSessionInput!) {
        bookSession(input: $input) {
          id
          startsAt
        }
      }
    `,
    { input: { patientId: patient.id, therapistId: maya.id, serviceTypeId: service.id, startsAt: availableSlots[0].startsAt } },
  );
  log(`  booked ${patient.name}’s first visit at ${session.startsAt}`);
  return { patient, session };
}

export default async function questionnaireJourneys(browser, baseUrl, helpers) {
  const { shot: rawShot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll } = helpers;
  // From the top, with no focus ring left on the control just used.
  const shot = async (page, name) => {
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await rawShot(page, name);
  };
  const heading = (page, name) => page.getByRole('heading', { level: 1, name });
  /** Taps the face of a choice, as a finger would (the radio itself is drawn under it). */
  const tapChoice = async (group, name) => {
    const face = group.locator('label', { has: group.page().getByRole('radio', { name, exact: true }) });
    await face.tap();
    assert(await group.getByRole('radio', { name, exact: true }).isChecked(), `the tapped choice "${name}" is checked`);
  };
  // A radio is named by its number; the ends also say what they mean ("0, No problem").
  const ODI_ENDS = { 0: '0, No problem', 5: '5, As bad as it can be' };
  const choiceName = (value) => (value === 'skip' ? 'Skip this section' : (ODI_ENDS[value] ?? String(value)));

  // ---------------------------------------------------------------------------------------------
  log('questionnaire: the front desk books a first visit for a lower-back patient who accepts email');
  const { patient } = await bookFirstVisit(baseUrl, log, assert);

  log('questionnaire: the baseline request is in the outbox (Messages)');
  let link;
  {
    const context = await browser.newContext({ viewport: DESKTOP });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watchErrors(page, 'front desk (questionnaire)');
    await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
    await page.getByRole('menuitem', { name: 'Messages' }).click();
    await page.waitForURL(/#\/messages/);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Questionnaire' }).click();
    await page.getByRole('combobox', { name: 'Patient' }).fill('Ingrid');
    await page.getByRole('option', { name: patient.name }).click();
    await page.waitForURL((url) => /QUESTIONNAIRE/.test(decodeURIComponent(url.hash)) && decodeURIComponent(url.hash).includes(patient.id));
    const rows = page.locator('table tbody tr');
    await page.waitForFunction(
      (name) => {
        const rows = [...document.querySelectorAll('table tbody tr')];
        return (
          rows.length > 0 &&
          rows.every((r) => r.querySelector('td.column-patientId')?.textContent === name) &&
          rows.every((r) => r.querySelector('td.column-kind')?.textContent === 'Questionnaire')
        );
      },
      patient.name,
      { timeout: 10_000 },
    );
    // The request, and its reminders when the visit is far enough off for them (each its own message and link).
    const kinds = await rows.locator('td.column-kind').allInnerTexts();
    assert(
      kinds.length >= 1 && kinds.length <= 3 && kinds.every((k) => k.trim() === 'Questionnaire'),
      `the request and at most two reminders, got ${kinds.join(', ')}`,
    );
    await shot(page, '92-frontdesk-questionnaire-outbox');
    // The first to go out is the request itself; the list is newest first.
    await rows.last().click();
    const text = page.getByRole('region', { name: 'Message text' });
    await text.getByText(/please tell us how your back is today/).waitFor();
    await text.getByText(/It asks about the Oswestry Disability Index and the Numeric Pain Rating Scale/).waitFor();
    const href = await text.getByRole('link', { name: /\/p\/questionnaire\?token=/ }).getAttribute('href');
    const match = /\/p\/questionnaire\?token=[A-Za-z0-9._~-]+/.exec(href ?? '');
    assert(match, `the message links to the questionnaire, got ${href}`);
    link = `${baseUrl}${match[0]}`;
    await shot(page, '93-frontdesk-questionnaire-message');
    await signOut(page);
    await context.close();
  }

  // ---------------------------------------------------------------------------------------------
  log('questionnaire: the link at tablet width (1024), opened only to look');
  {
    const context = await browser.newContext({ viewport: TABLET });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watchErrors(page, 'patient (questionnaire, 1024)');
    await page.goto(link);
    await heading(page, 'Your back in daily life').waitFor();
    await page.getByRole('group', { name: '3 Lifting' }).waitFor();
    await assertNoHorizontalScroll(page, 'questionnaire at 1024');
    await shot(page, '94-patient-questionnaire-1024');
    await context.close();
  }

  log('questionnaire: the patient opens it on a phone');
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'patient (questionnaire, phone)');
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(link);
  await heading(page, 'Your back in daily life').waitFor();
  await page.locator('.pp-clinic').filter({ hasText: 'Riverside Back Care' }).waitFor();
  await page.getByText('Step 1 of 2').waitFor();
  await page.getByText(/Before your first visit, please tell us how you are today/).waitFor();
  await page.getByText(/Please answer before your visit on \w+day \d{1,2} \w+ \d{4} at \d{2}:\d{2} E[SD]T\./).waitFor();
  await assertNoHorizontalScroll(page, 'questionnaire at 390');
  const face = await page.getByRole('group', { name: '1 Pain intensity' }).locator('label.pp-choice').first().boundingBox();
  assert(face && face.height >= 44 && face.width >= 44, `each choice is a 44 px touch target at 390, got ${JSON.stringify(face)}`);
  await shot(page, '95-patient-questionnaire-390');
  assert(!requested.some((p) => /\/assets\/admin-/.test(p)), `the questionnaire loads no admin bundle: ${requested.join(', ')}`);

  log('questionnaire: moving on with sections unanswered marks them');
  await page.getByRole('button', { name: 'Next' }).tap();
  await page.getByRole('alert').filter({ hasText: 'Please answer the questions marked below.' }).waitFor();
  await page.getByRole('group', { name: '1 Pain intensity' }).getByText('Choose a number, or skip this section').waitFor();
  await shot(page, '96-patient-questionnaire-unanswered-390');

  log('questionnaire: answers the ODI, skipping one section');
  for (const [section, value] of ODI_ANSWERS) {
    await tapChoice(page.getByRole('group', { name: new RegExp(`^\\d+ ${section}$`) }), choiceName(value));
  }
  await page.getByText('10 of 10 answered').waitFor();
  assert((await page.getByText('Choose a number, or skip this section').count()) === 0, 'no section is marked once all are answered');
  await shot(page, '97-patient-questionnaire-odi-answered-390');
  await page.getByRole('button', { name: 'Next' }).tap();

  log('questionnaire: answers the NPRS and sends');
  await heading(page, 'Your pain right now').waitFor();
  await page.getByText('Step 2 of 2').waitFor();
  const pain = page.getByRole('group', { name: 'How bad is your pain right now?' });
  await pain.getByText('Worst pain imaginable').waitFor();
  await tapChoice(pain, String(NPRS_ANSWER));
  await assertNoHorizontalScroll(page, 'NPRS step at 390');
  await shot(page, '98-patient-questionnaire-nprs-390');
  await page.getByRole('button', { name: 'Send my answers' }).tap();
  await heading(page, 'Thank you!').waitFor();
  await page.getByText('Your answers have been sent to Riverside Back Care (demo).').waitFor();
  assert((await page.getByRole('button').count()) === 0, 'nothing to press on the thank-you page');
  await shot(page, '99-patient-questionnaire-thanks-390');

  log('questionnaire: the link, opened again, says it has been answered');
  await page.goto(link);
  await heading(page, 'You have already answered').waitFor();
  await page.getByText('This questionnaire has already been answered. Thank you!').waitFor();
  await context.close();

  // ---------------------------------------------------------------------------------------------
  log('questionnaire: Maya sees both patient-reported scores in the chart and on the outcome chart');
  {
    const staff = await browser.newContext({ viewport: DESKTOP });
    staff.setDefaultTimeout(10_000);
    const chart = await staff.newPage();
    watchErrors(chart, 'therapist (questionnaire)');
    await signIn(chart, baseUrl, 'maya@demo.backtrack.app');
    await chart.getByRole('menuitem', { name: 'Patients' }).waitFor();
    // Straight to her chart, as from a link: finding a patient is the patient list's journey.
    await chart.goto(`${baseUrl}/#/patients/${patient.id}/show`);
    await chart.getByRole('heading', { name: patient.name, level: 2 }).waitFor();

    const summary = (instrument) => chart.getByRole('region', { name: `${instrument} outcome` }).getByTestId('measure-summary');
    await summary('ODI').filter({ hasText: 'ODI 20: baseline only, no follow-up yet' }).waitFor();
    await summary('NPRS')
      .filter({ hasText: `NPRS ${NPRS_ANSWER}: baseline only, no follow-up yet` })
      .waitFor();
    for (const instrument of ['ODI', 'NPRS']) {
      const points = chart.getByTestId(`outcome-chart-${instrument}`).locator('[data-source="PATIENT_REPORTED"]');
      await points.first().waitFor({ state: 'attached' });
      assert((await points.count()) === 1, `one patient-reported ${instrument} point on the outcome chart`);
      const legend = chart.getByRole('region', { name: `${instrument} outcome` }).getByRole('list', { name: 'Point sources' });
      await legend.getByText('Patient-reported').waitFor();
    }
    await shot(chart, '100-therapist-patient-reported-chart');

    await chart.getByRole('tab', { name: 'Assessments' }).click();
    const odiRow = chart.locator('tr[data-instrument="ODI"]').first();
    const nprsRow = chart.locator('tr[data-instrument="NPRS"]').first();
    // The score cell: the score, then (ODI) its band.
    await odiRow.getByRole('cell', { name: /^20%/ }).waitFor();
    await odiRow.getByText('Minimal disability').waitFor();
    await nprsRow.getByRole('cell', { name: `${NPRS_ANSWER} / 10`, exact: true }).waitFor();
    for (const row of [odiRow, nprsRow]) {
      const source = await row.getByTestId('assessment-source').innerText();
      assert(source.trim() === 'Patient-reported', `the assessment says it is patient-reported, got "${source}"`);
    }
    await shot(chart, '101-therapist-patient-reported-assessments');
    await signOut(chart);
    await staff.close();
  }
}
