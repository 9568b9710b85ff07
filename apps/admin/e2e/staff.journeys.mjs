// End-to-end journey of staff accounts (called from run.mjs, which owns the API, the browser and the
// helpers): the owner invites a therapist by email, opens the invitation in Messages (the outbox is the
// delivery when no mail server is set up), the invitee follows its link on a phone, chooses a password
// (the policy refuses a common one) and signs in; the link then works no more. The new therapist then
// changes their password on the phone, and their session on a desktop is signed out at once.
// Only the invited account's password changes: the demo accounts keep theirs for the other journeys.

const NEW_PASSWORD = 'lumbar-curve-and-breath';
const CHANGED_PASSWORD = 'thoracic-rotation-daily';

/** The invitation link of a message page, on this run's origin. */
function onBase(href, baseUrl) {
  const match = /(\/p\/staff-invite\?token=[A-Za-z0-9._~-]+)/.exec(href);
  return match ? `${baseUrl}${match[1]}` : null;
}

async function signInWith(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Profile' }).waitFor();
}

export async function staffJourneys(browser, baseUrl, { shot, signIn, log, assert, watchErrors, assertNoHorizontalScroll }) {
  const name = 'Nadia Novak';
  const email = `nadia.${Date.now().toString(36)}@example.com`;

  // The owner, at a desk.
  const owner = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  owner.setDefaultTimeout(10_000);
  const ownerPage = await owner.newPage();
  watchErrors(ownerPage, 'owner (staff)');

  log('owner: invites a therapist by email');
  await signIn(ownerPage, baseUrl, 'owner@demo.backtrack.app');
  await ownerPage.getByRole('menuitem', { name: 'Staff' }).click();
  await ownerPage.getByRole('link', { name: 'Invite staff' }).click();
  await ownerPage.getByRole('button', { name: 'Send invitation' }).waitFor();
  await ownerPage.getByRole('textbox', { name: 'Name' }).fill(name);
  await ownerPage.getByRole('textbox', { name: 'Email' }).fill(email);
  await ownerPage.getByRole('combobox', { name: /^Role/ }).click();
  await ownerPage.getByRole('option', { name: 'Therapist' }).click();
  assert(await ownerPage.getByLabel(/Email them an invitation/).isChecked(), 'an invitation by email is the default');
  assert((await ownerPage.locator('input[name="password"]').count()) === 0, 'no password is asked for an invitation');
  await shot(ownerPage, '120-owner-invite-form-1280');
  await ownerPage.getByRole('button', { name: 'Send invitation' }).click();
  await ownerPage.getByText(`Invitation sent to ${email}.`, { exact: false }).waitFor();

  log('owner: the staff list shows the account as invited, with a way to resend');
  const invitedRow = ownerPage.locator('table tbody tr', { hasText: name });
  await invitedRow.getByText('Invited', { exact: true }).waitFor();
  await invitedRow.getByRole('button', { name: `Resend invitation to ${name}` }).waitFor();
  await shot(ownerPage, '121-owner-staff-invited-1280');

  log('owner: opens the invitation in Messages');
  await ownerPage.getByRole('menuitem', { name: 'Messages' }).click();
  // Newest send time first, and the reminders booked by the journeys before this one lie ahead of it:
  // the owner filters the outbox to invitations.
  await ownerPage.getByRole('combobox', { name: 'Kind' }).click();
  await ownerPage.getByRole('option', { name: 'Staff invitation' }).click();
  await ownerPage.waitForURL(/STAFF_INVITE/);
  const messageRow = ownerPage.locator('table tbody tr', { hasText: name }).first();
  await messageRow.getByText('Staff invitation').waitFor();
  await messageRow.getByText('(staff)').waitFor();
  await shot(ownerPage, '122-owner-messages-invitation-1280');
  await messageRow.click();
  const text = ownerPage.getByRole('region', { name: 'Message text' });
  await text.getByText(`This link is ${name}’s`, { exact: false }).waitFor();
  const href = await text.getByRole('link', { name: /\/p\/staff-invite\?token=/ }).getAttribute('href');
  const inviteUrl = onBase(href ?? '', baseUrl);
  assert(inviteUrl, `the invitation carries its link, got ${href}`);
  await shot(ownerPage, '123-owner-invitation-message-1280');

  // The invitee, on a phone, with nothing of the owner's session.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  phone.setDefaultTimeout(10_000);
  const phonePage = await phone.newPage();
  watchErrors(phonePage, 'invitee (phone)');

  log('invitee: opens the link on a phone and sees who invited them as what');
  await phonePage.goto(inviteUrl);
  await phonePage.getByRole('heading', { name: 'Set your password', level: 1 }).waitFor();
  await phonePage.getByText(email, { exact: true }).waitFor();
  await phonePage.getByText('Therapist', { exact: true }).waitFor();
  await assertNoHorizontalScroll(phonePage, 'invitation page at 390');

  log('invitee: a common password is refused beside the field');
  await phonePage.getByLabel('New password').fill('password123');
  await phonePage.getByLabel('Confirm password').fill('password123');
  await phonePage.getByRole('button', { name: 'Set password' }).click();
  await phonePage.getByText(/too common/).waitFor();
  await shot(phonePage, '124-invitee-password-refused-390');

  log('invitee: sets a password and signs in with it');
  await phonePage.getByLabel('New password').fill(NEW_PASSWORD);
  await phonePage.getByLabel('Confirm password').fill(NEW_PASSWORD);
  await phonePage.getByRole('button', { name: 'Set password' }).click();
  await phonePage.getByRole('heading', { name: 'Your password is set', level: 1 }).waitFor();
  await shot(phonePage, '125-invitee-password-set-390');
  await phonePage.getByRole('link', { name: 'Sign in to Backtrack' }).click();
  await phonePage.getByRole('button', { name: 'Sign in' }).waitFor();
  // The link pointed at this run's origin; sign in there.
  await signInWith(phonePage, baseUrl, email, NEW_PASSWORD);
  await shot(phonePage, '126-invitee-signed-in-390');

  log('the invitation link works once');
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
  tablet.setDefaultTimeout(10_000);
  const tabletPage = await tablet.newPage();
  watchErrors(tabletPage, 'used link (1024)');
  await tabletPage.goto(inviteUrl);
  await tabletPage.getByRole('heading', { name: 'This link cannot be used', level: 1 }).waitFor();
  await tabletPage.getByText(/already been used/).waitFor();
  await shot(tabletPage, '127-invitation-used-1024');
  await tablet.close();

  log('owner: the account is active now');
  await ownerPage.getByRole('menuitem', { name: 'Staff' }).click();
  await ownerPage.locator('table tbody tr', { hasText: name }).getByText('Active', { exact: true }).waitFor();
  await owner.close();

  // The new therapist is also signed in at a desk.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  desk.setDefaultTimeout(10_000);
  const deskPage = await desk.newPage();
  watchErrors(deskPage, 'therapist (desk)');
  await signInWith(deskPage, baseUrl, email, NEW_PASSWORD);

  log('therapist: changes their password on the phone (the current one is required)');
  await phonePage.getByRole('button', { name: 'Profile' }).click();
  await phonePage.getByRole('menuitem', { name: 'Change password' }).click();
  await phonePage.getByLabel(/^Current password/).fill('not-my-password-1');
  await phonePage.getByLabel(/^New password/).fill(CHANGED_PASSWORD);
  await phonePage.getByLabel(/^Confirm new password/).fill(CHANGED_PASSWORD);
  await phonePage.getByRole('button', { name: 'Change password' }).click();
  await phonePage.getByText(/is not your current password/).waitFor();
  await assertNoHorizontalScroll(phonePage, 'change password at 390');
  await shot(phonePage, '128-therapist-change-password-wrong-390');
  // The form's refusal notice covers the phone's bottom toolbar for a while: submit from the keyboard.
  await phonePage.getByLabel(/^Current password/).fill(NEW_PASSWORD);
  await phonePage.getByLabel(/^Current password/).press('Enter');
  await phonePage.getByText(/Password changed/).waitFor();
  await shot(phonePage, '129-therapist-password-changed-390');

  log('therapist: the desk session is signed out at once; the phone stays signed in');
  await deskPage.reload();
  await deskPage.getByRole('button', { name: 'Sign in' }).waitFor();
  await shot(deskPage, '130-therapist-desk-signed-out-1280');
  await phonePage.reload();
  await phonePage.getByRole('button', { name: 'Profile' }).waitFor();
  assert((await phonePage.getByRole('button', { name: 'Sign in' }).count()) === 0, 'the phone session carries on');

  log('therapist: signs in at the desk with the new password');
  await signInWith(deskPage, baseUrl, email, CHANGED_PASSWORD);
  await deskPage.getByRole('button', { name: 'Profile' }).click();
  await deskPage.getByRole('menuitem', { name: 'Change password' }).click();
  await deskPage
    .getByRole('heading', { name: 'Change password' })
    .or(deskPage.getByLabel(/^Current password/))
    .first()
    .waitFor();
  await shot(deskPage, '131-therapist-change-password-1280');
  await desk.close();
  await phone.close();
}
