#!/usr/bin/env node
// End-to-end check of the admin against the real API: builds domain, API and admin, starts the API
// on a free port with a fresh embedded database (demo clinic seeded), then drives headless Chromium
// through what staff do first: sign in, find a patient, edit one, register one, and get told why a
// bad entry is refused. Screenshots land in e2e/screenshots/. The API runs with NODE_ENV=production
// (no introspection) and the run fails on any Content-Security-Policy violation.
//
//   node e2e/run.mjs              build the admin (and the API if apps/api/dist is missing), then test
//   node e2e/run.mjs --build-api  also rebuild libs/domain and apps/api first
//   node e2e/run.mjs --no-build   reuse apps/api/dist and apps/admin/dist as they are
// (`nx run @backtrack/admin:e2e` builds the API through the target's dependsOn.)
//   node e2e/run.mjs --only=notes,staff   run only the named journeys of JOURNEYS (faster iteration;
//                                         a journey may rely on demo data only, never on another's)
//   E2E_KEEP_DATA=1               keep the temporary DATA_DIR (its api.log helps with failures)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The journeys in the order they run: each module's default export or the named one, given the shared
// helpers. `--only=a,b` runs just those (sign-in journeys of owner and front desk included).
const JOURNEYS = [
  ['schedule', './schedule.journeys.mjs', 'scheduleJourneys'],
  ['clinical', './clinical.journeys.mjs', 'clinicalJourneys'],
  ['messages', './messages.journeys.mjs', 'messagesJourneys'],
  ['patient-page', './patient-page.journeys.mjs', 'default'],
  ['settings', './settings.journeys.mjs', 'settingsJourneys'],
  ['questionnaire', './questionnaire.journeys.mjs', 'default'],
  ['staff', './staff.journeys.mjs', 'staffJourneys'],
  ['grid', './grid.journeys.mjs', 'default'],
  ['notes', './notes.journeys.mjs', 'notesJourneys'], // last: it reverts a demo no-show
];

const here = path.dirname(fileURLToPath(import.meta.url));
const adminRoot = path.resolve(here, '..');
const repoRoot = path.resolve(adminRoot, '../..');
const bin = (name) => path.join(repoRoot, 'node_modules/.bin', name);
const shots = path.join(here, 'screenshots');
const PASSWORD = 'backtrack-demo';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (message) => console.log(`[e2e ${elapsed()}] ${message}`);

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, api, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API was not healthy within ${timeoutMs / 1000}s`);
}

function assert(condition, message) {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Page helpers

async function shot(page, name) {
  await page.waitForTimeout(150); // let ripples and transitions settle
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  log(`  screenshot ${name}.png`);
}

async function signIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Owners land on the dashboard, the front desk and therapists on the schedule.
  await page.getByRole('button', { name: 'Profile' }).waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

const rows = (page) => page.locator('table tbody tr');

async function rowNames(page) {
  return rows(page).locator('td.column-name').allInnerTexts();
}

/** Waits until the list has `count` rows, or at least `count` with `{ atLeast: true }`. */
async function waitForRowCount(page, count, what, { atLeast = false } = {}) {
  // A plain comparison: building the check with new Function would be an eval the page's
  // Content-Security-Policy refuses.
  await page
    .waitForFunction(
      ({ count, atLeast }) => {
        const n = document.querySelectorAll('table tbody tr').length;
        return atLeast ? n >= count : n === count;
      },
      { count, atLeast },
      { timeout: 10_000 },
    )
    .catch(() => {
      throw new Error(`list never had ${what}`);
    });
}

// ---------------------------------------------------------------------------------------------
// Scenarios

async function ownerJourney(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'owner');

  log('owner: login page');
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  log('  login page rendered');
  assert(page.url().includes('#/login'), `unauthenticated visit redirects to login, got ${page.url()}`);
  await shot(page, '01-login');

  log('owner: a wrong password is refused with the server’s message');
  await page.getByLabel('Email').fill('owner@demo.backtrack.app');
  await page.getByLabel(/^Password/).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /invalid|incorrect|password/i })
    .waitFor();

  log('owner: signs in and sees the demo patients');
  await signIn(page, baseUrl, 'owner@demo.backtrack.app');
  // The owner lands on the dashboard (clinical.journeys.mjs covers it); the patients are one click away.
  await page.getByRole('menuitem', { name: 'Patients' }).click();
  await page.waitForURL(/#\/patients/);
  // Wait for the patient rows themselves: the dashboard's tables may still be leaving the page.
  await page.locator('td.column-name').nth(9).waitFor();
  const names = await rowNames(page);
  assert(names.includes('Alice Martinez'), `demo patient Alice Martinez listed (got ${names.join(', ')})`);
  assert(names.length >= 10, `at least 10 demo patients, got ${names.length}`);
  const appBar = page.locator('header');
  await appBar.getByText('Backtrack', { exact: true }).waitFor();
  await appBar.getByRole('button', { name: 'Profile' }).getByText('Olivia Owens').waitFor();
  await appBar.getByText('Owner', { exact: true }).waitFor();
  await page.getByRole('menuitem', { name: 'Patients' }).waitFor();
  await page.locator('[data-status]').first().waitFor();
  await shot(page, '02-owner-patient-list');

  log('owner: sorts by date of birth (oldest first)');
  await page.getByRole('button', { name: /date of birth/i }).click();
  await page.waitForURL(/sort=dateOfBirth/);
  await page.waitForFunction(() => document.querySelector('table tbody tr td.column-name')?.textContent === 'Elena Rossi', null, {
    timeout: 10_000,
  });

  log('owner: filters by complaint region');
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Neck' }).click();
  await waitForRowCount(page, 2, 'exactly the 2 neck patients');
  const regions = await rows(page).locator('td.column-complaintRegion').allInnerTexts();
  assert(
    regions.every((r) => r === 'Neck'),
    `only neck patients, got ${regions.join(', ')}`,
  );
  await shot(page, '03-owner-filter-neck');
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('listbox').getByText('All regions').click();
  await waitForRowCount(page, 10, 'all patients again', { atLeast: true });

  log('owner: searches "Alice"');
  await page.getByPlaceholder('Name, phone, email or birth date').fill('Alice');
  await waitForRowCount(page, 1, 'exactly one match for Alice');
  assert((await rowNames(page))[0] === 'Alice Martinez', 'the match is Alice Martinez');
  await shot(page, '04-owner-search-alice');

  log('owner: opens Alice');
  await rows(page).first().click();
  await page.getByRole('heading', { name: 'Alice Martinez', level: 2 }).waitFor();
  const demographics = page.getByRole('region', { name: 'Demographics' });
  await demographics.getByText('Lower back').waitFor();
  await demographics.getByText(/1978/).waitFor();
  await page.getByRole('button', { name: 'Delete' }).waitFor(); // owners may delete
  await shot(page, '05-owner-patient-show');

  log('owner: edits Alice (phone and notes)');
  await page.getByRole('link', { name: 'Edit' }).click();
  const firstName = page.getByLabel('First name');
  await firstName.waitFor();
  assert((await firstName.inputValue()) === 'Alice', 'the edit form is prefilled');
  assert((await page.getByLabel('Date of birth').inputValue()) === '1978-04-12', 'date of birth prefilled as a calendar date');
  await page.getByLabel('Mobile phone').fill('+1 202 555 0100');
  await page.getByLabel('Notes').fill('Prefers afternoon appointments.');
  await shot(page, '06-owner-patient-edit');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('heading', { name: 'Alice Martinez', level: 2 }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Changes to Alice Martinez saved' }).waitFor();
  await page.getByText('+1 202 555 0100', { exact: true }).waitFor(); // stored as E.164, shown grouped
  await page.getByText('Prefers afternoon appointments.').waitFor();
  await shot(page, '07-owner-patient-saved');

  log('owner: signs out');
  await signOut(page);
  await context.close();
}

async function frontDeskJourney(browser, baseUrl) {
  // A tablet in portrait at the front desk.
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchErrors(page, 'front desk');

  log('front desk: signs in on a tablet');
  await signIn(page, baseUrl, 'frontdesk@demo.backtrack.app');
  await page.getByTestId('schedule-grid').waitFor();
  await page.getByRole('menuitem', { name: 'Patients' }).click();
  await page.locator('td.column-name').nth(9).waitFor();
  await page.locator('header').getByText('Front desk', { exact: true }).waitFor();
  await assertNoHorizontalScroll(page, 'patient list on a tablet');
  await shot(page, '08-frontdesk-tablet-list');

  log('front desk: opens the new patient form and submits it empty');
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').waitFor();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByText('Enter the first name').waitFor();
  await page.getByText('Choose the complaint region').waitFor();

  log('front desk: a date of birth in the future is refused');
  await page.getByLabel('First name').fill('Nora');
  await page.getByLabel('Last name').fill('Lindqvist');
  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel('Date of birth').fill(`${nextYear}-03-14`);
  await page.getByRole('combobox', { name: 'Complaint region' }).click();
  await page.getByRole('option', { name: 'Upper back' }).click();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByText('Date of birth cannot be in the future').waitFor();
  assert((await page.getByLabel('Date of birth').getAttribute('aria-invalid')) === 'true', 'date of birth marked invalid');
  await assertNoHorizontalScroll(page, 'patient form on a tablet');
  await shot(page, '09-frontdesk-bad-date-of-birth');

  log('front desk: the server’s own check (email) is shown on the field');
  await page.getByLabel('Date of birth').fill('1986-03-14');
  await page.getByLabel('Email', { exact: true }).fill('nora@example-.com'); // passes the client's check, not the server's
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByText('must be a valid email address', { exact: true }).waitFor();
  assert((await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')) === 'true', 'email marked invalid by the server');
  await page.getByRole('alert').filter({ hasText: 'email: must be a valid email address' }).waitFor();
  await shot(page, '10-frontdesk-server-error');

  log('front desk: creates the patient');
  await page.getByLabel('Email', { exact: true }).fill('nora.lindqvist@example.com');
  await page.getByLabel('Mobile phone').fill('+46 70 123 45 67');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('heading', { name: 'Nora Lindqvist', level: 2 }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Nora Lindqvist registered' }).waitFor();
  await page.getByText('Not screened').waitFor();
  assert((await page.getByRole('button', { name: 'Delete' }).count()) === 0, 'front desk has no delete button');
  await shot(page, '11-frontdesk-patient-created');

  log('front desk: finds the new patient in the list');
  await page.getByRole('link', { name: 'All patients' }).click();
  await page.getByPlaceholder('Name, phone, email or birth date').fill('Lindq');
  await waitForRowCount(page, 1, 'the new patient');
  assert((await rowNames(page))[0] === 'Nora Lindqvist', 'the new patient is listed');

  log('front desk: an expired token sends the user back to sign in');
  await page.evaluate(() => {
    const key = 'backtrack.session';
    const session = JSON.parse(localStorage.getItem(key));
    const [header, , signature] = session.token.split('.');
    const payload = btoa(JSON.stringify({ sub: session.user.id, exp: Math.floor(Date.now() / 1000) - 60 }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    localStorage.setItem(key, JSON.stringify({ ...session, token: `${header}.${payload}.${signature}` }));
  });
  await page.reload();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.getByText('Your session has expired').waitFor();
  await context.close();
}

const pageErrors = [];
function watchErrors(page, who) {
  page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      log(`  [browser ${who}] ${message.text().slice(0, 300)}`);
  });
}

// Every page runs under the server's Content-Security-Policy; anything it blocks (an inline script, an
// eval, a style, a request to another origin) fails the run. Chromium logs each refusal to the console,
// and the init script reports the DOM's securitypolicyviolation event too, whichever comes first.
const cspViolations = [];
async function watchCsp(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) cspViolations.push(`${message.page()?.url()}: ${message.text()}`);
  });
}

/** Checks that the API the journeys use sends the policy and refuses introspection, as in production. */
async function assertProductionExposure(baseUrl) {
  const shell = await fetch(baseUrl);
  const policy = shell.headers.get('content-security-policy') ?? '';
  assert(/script-src 'self'/.test(policy), `the admin is served with a Content-Security-Policy, got "${policy}"`);
  const assets = readdirSync(path.join(adminRoot, 'dist/assets'));
  const maps = assets.filter((name) => name.endsWith('.map'));
  assert(maps.length === 0, `the production build emits no source maps, found ${maps.join(', ')}`);
  const script = assets.find((name) => name.endsWith('.js'));
  const map = await fetch(`${baseUrl}/assets/${script}.map`);
  assert(map.status === 404, `/assets/${script}.map is not served, got HTTP ${map.status}`);
  const introspection = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  assert(introspection.status === 400, `the API refuses introspection (NODE_ENV=production), got HTTP ${introspection.status}`);
}

async function assertNoHorizontalScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 1, `${where} scrolls sideways by ${overflow}px`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const build = !process.argv.includes('--no-build');
  const apiDist = path.join(repoRoot, 'apps/api/dist/main.js');
  const buildApi = build && (process.argv.includes('--build-api') || !existsSync(apiDist));
  assert(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  mkdirSync(shots, { recursive: true });
  for (const stale of readdirSync(shots).filter((f) => f.startsWith('failure-'))) rmSync(path.join(shots, stale));

  if (buildApi) {
    log('building libs/domain and apps/api');
    await run(bin('tsc'), ['-p', 'libs/domain/tsconfig.build.json'], repoRoot);
    await run(bin('tsc'), ['-p', 'apps/api/tsconfig.build.json'], repoRoot);
  }
  if (build) {
    log('building the admin');
    await run(bin('vite'), ['build', '--logLevel', 'warn'], adminRoot);
  }
  assert(existsSync(apiDist), 'apps/api/dist/main.js exists (build the API)');
  assert(existsSync(path.join(adminRoot, 'dist/index.html')), 'apps/admin/dist/index.html exists (build the admin)');

  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'backtrack-e2e-'));
  const apiLog = path.join(dataDir, 'api.log');
  const out = openSync(apiLog, 'a');
  log(`starting the API on port ${port} with DATA_DIR ${dataDir}`);
  // Always the embedded database in the fresh DATA_DIR, whatever the calling shell has set.
  // NODE_ENV=production as deployed: introspection is refused, so the admin must work from its built-in schema.
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
  };
  delete env.GRAPHQL_INTROSPECTION;
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  delete env.ADMIN_DIST;
  const api = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', out, out],
  });
  const baseUrl = `http://127.0.0.1:${port}`;

  let browser;
  let failed = false;
  try {
    await waitForHealth(baseUrl, api);
    log('API is healthy; launching Chromium');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      await watchCsp(context);
      return context;
    };
    await assertProductionExposure(baseUrl);
    await ownerJourney(browser, baseUrl);
    await frontDeskJourney(browser, baseUrl);
    const only = process.argv
      .find((arg) => arg.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',');
    const unknown = (only ?? []).filter((name) => !JOURNEYS.some(([known]) => known === name));
    assert(unknown.length === 0, `--only names known journeys (${JOURNEYS.map(([name]) => name).join(', ')}), not ${unknown.join(', ')}`);
    const helpers = { shot, signIn, signOut, log, assert, watchErrors, assertNoHorizontalScroll };
    for (const [name, file, exported] of JOURNEYS) {
      if (only && !only.includes(name)) continue;
      log(`journey: ${name}`);
      await (await import(file))[exported](browser, baseUrl, helpers);
    }
    assert(pageErrors.length === 0, `no uncaught errors in the page:\n${pageErrors.join('\n')}`);
    assert(cspViolations.length === 0, `no Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    log('all e2e checks passed');
  } catch (error) {
    failed = true;
    console.error(`\n[e2e] FAILED: ${error.stack ?? error}`);
    for (const context of browser?.contexts() ?? []) {
      for (const [i, page] of context.pages().entries()) {
        await page.screenshot({ path: path.join(shots, `failure-${i}.png`), fullPage: true }).catch(() => undefined);
      }
    }
    console.error(`[e2e] API log: ${apiLog} (kept)`);
  } finally {
    await browser?.close().catch(() => undefined);
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          api.kill('SIGKILL');
          resolve();
        }, 15_000);
        api.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (!failed && !process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  }
  log(failed ? 'e2e failed' : 'done');
  process.exit(failed ? 1 : 0);
}

await main();
