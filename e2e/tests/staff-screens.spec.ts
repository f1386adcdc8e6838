// Every staff screen passes axe (WCAG 2.0–2.2 A/AA), keeps its errors next to the fields, and the
// lock screen, connection banner and sound preference behave as staff expect.
import { expect, test, type Page } from '@playwright/test';
import {
  answersWith,
  createAccountViaApi,
  createVisitInUi,
  DEMO_PASSWORD,
  DESKTOP,
  expectNoAxeViolations,
  queueRow,
  saveScreenshot,
  signIn,
  staffPage,
  submitIntakeViaApi,
  TABLET,
  totpCode,
  uniqueFamilyName,
} from './support/staff-helpers';

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('sign-in: accessible, errors next to their fields and announced', async ({ page }) => {
  await page.goto('/staff/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Preflight staff sign-in' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in');

  await page.getByRole('button', { name: 'Sign in' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Enter your email.');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter your password.' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in with errors');

  await email.fill('nurse@demo.preflight');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Preflight staff sign-in' }),
  ).toBeVisible();
});

test('nurse screens: queue, new visit, submission and print pass axe on desktop and tablet', async ({
  browser,
  request,
}) => {
  const { context, page } = await staffPage(browser, 'nurse');
  const patient = {
    givenName: 'Lena',
    familyName: uniqueFamilyName('Axe'),
    birthDate: '1975-11-30',
  };
  const name = `${patient.givenName} ${patient.familyName}`;

  // New visit: the form's own errors first.
  await page.getByRole('link', { name: 'New visit' }).first().click();
  await page.getByRole('button', { name: 'Create visit' }).click();
  await expect(page.getByLabel('Given name')).toHaveAccessibleDescription('Enter the given name.');
  await expect(page.getByLabel('Birth date')).toHaveAccessibleDescription(/Enter the birth date\./);
  await expectNoAxeViolations(page, 'new visit with errors');

  // A slip in the birth date, corrected before the patient starts.
  const code = await createVisitInUi(page, { ...patient, birthDate: '1975-11-03' });
  const card = page.getByRole('article', { name: `Visit for ${name}` });
  await card.getByRole('button', { name: 'Correct details' }).click();
  await card.getByLabel('Birth date').fill(patient.birthDate);
  await card.getByRole('button', { name: 'Save corrections' }).click();
  await expect(card.getByRole('button', { name: 'Correct details' })).toBeVisible();
  await expect(card.getByTestId('visit-code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(card.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page, 'new visit with a code');
  await saveScreenshot(page, 'staff-new-visit', { fullPage: false });

  // Reissue gives a new code on the same card.
  await card.getByRole('button', { name: 'Reissue code' }).click();
  await expect(card.getByTestId('visit-code')).not.toHaveAttribute('data-code', code);
  const reissued = (await card.getByTestId('visit-code').getAttribute('data-code'))!;

  const submissionId = await submitIntakeViaApi(
    request,
    { code: reissued, birthDate: patient.birthDate },
    answersWith({ name, bloodPressure: [150, 96] }),
  );
  // Submitted: the visit leaves the "waiting for the tablet" list by itself.
  await expect(card).toHaveCount(0);

  await page.getByRole('link', { name: 'Triage queue' }).click();
  await queueRow(page, name);
  await expectNoAxeViolations(page, 'queue');

  // Filters: by severity, the review-level submission stays; "urgent only" hides it.
  await page.getByLabel('Highest open flag').selectOption('urgent');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await page.getByLabel('Highest open flag').selectOption('review');
  await queueRow(page, name);
  await page.getByLabel('State').selectOption('submitted');
  const row = await queueRow(page, name);

  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('img', { name: /Blood pressure \(mmHg\)/ })).toBeVisible();
  await expectNoAxeViolations(page, 'submission (nurse)');

  // Every answer by section, options in English; free text marked with the patient's language.
  const allergies = page.locator('[data-link-id="health.otherAllergies"]');
  await expect(allergies).toContainText('“Penicillin (rash)”');
  await expect(allergies).toContainText('typed in English');
  await expect(page.locator('[data-link-id="cardio.highBloodPressure"] td')).toHaveText('Yes');
  // Medications with their classes; scores with bands.
  await expect(
    page.getByRole('table', { name: /Current medications/ }).getByRole('row', { name: /Xanax/ }),
  ).toContainText('Benzodiazepine');
  await expect(page.getByRole('row', { name: /PHQ-9/ })).toContainText('of 27');

  // Form errors on the reading form come from the domain schema, next to the fields.
  await page.getByRole('button', { name: 'Add reading' }).click();
  await expect(
    page.getByRole('spinbutton', { name: 'Systolic (mmHg)' }),
  ).toHaveAccessibleDescription('Enter a whole number.');
  await page.getByRole('spinbutton', { name: 'Systolic (mmHg)' }).fill('300');
  await page.getByRole('spinbutton', { name: 'Diastolic (mmHg)' }).fill('90');
  await page.getByRole('spinbutton', { name: 'Heart rate (per minute)' }).fill('70');
  await page.getByRole('button', { name: 'Add reading' }).click();
  // The domain's plausibility check asks to re-check, and offers to confirm the value as typed.
  await expect(page.getByRole('spinbutton', { name: 'Systolic (mmHg)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByLabel(/I re-checked/)).toBeVisible();
  await expectNoAxeViolations(page, 'submission with reading errors');

  await page.setViewportSize(TABLET);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'submission at tablet width');
  await saveScreenshot(page, 'staff-submission-tablet', { fullPage: false });
  await page.goto('/staff/');
  await queueRow(page, name);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(DESKTOP);

  await page.goto(`/staff/submissions/${submissionId}/print`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Pre-treatment screening: ${name}` }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectNoAxeViolations(page, 'print view');
  await saveScreenshot(page, 'staff-print', { fullPage: false });
  // On paper: no navigation, no banners, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await context.close();
});

test('clinician sign-off screen passes axe, blocked and open', async ({ browser, request }) => {
  const nurse = await staffPage(browser, 'nurse');
  const patient = {
    givenName: 'Omar',
    familyName: uniqueFamilyName('Sign'),
    birthDate: '1969-06-15',
  };
  const name = `${patient.givenName} ${patient.familyName}`;
  const code = await createVisitInUi(nurse.page, patient);
  const submissionId = await submitIntakeViaApi(
    request,
    { code, birthDate: patient.birthDate },
    answersWith({ name, aneurysm: 'unsure' }),
  );
  const clinician = await staffPage(browser, 'clinician');
  await clinician.page.goto(`/staff/submissions/${submissionId}`);
  await expect(clinician.page.getByTestId('signoff-blocked')).toBeVisible();
  await expectNoAxeViolations(clinician.page, 'sign-off (blocked)');

  for (const flag of await clinician.page.locator('li.flag').all()) {
    const acknowledge = flag.getByRole('button', { name: 'Acknowledge' });
    if (await acknowledge.count()) {
      await acknowledge.click();
      await expect(flag.getByTestId('flag-standing')).toContainText('Acknowledged');
    }
  }
  await expect(clinician.page.getByTestId('signoff-blocked')).toHaveCount(0);
  await clinician.page.getByRole('button', { name: 'Sign off' }).click();
  await expect(clinician.page.getByText('Choose your decision.')).toBeVisible();
  await clinician.page.getByLabel('Proceed', { exact: true }).check();
  await clinician.page.getByLabel('Your password, to sign').fill('wrong-password-here');
  await clinician.page.getByRole('button', { name: 'Sign off' }).click();
  await expect(clinician.page.getByLabel('Your password, to sign')).toHaveAccessibleDescription(
    'That password is not right.',
  );
  await expectNoAxeViolations(clinician.page, 'sign-off (open, with errors)');
  await clinician.page.getByLabel('Your password, to sign').fill(DEMO_PASSWORD);
  await clinician.page.getByRole('button', { name: 'Sign off' }).click();
  await expect(clinician.page.getByTestId('sign-off-record')).toContainText('Proceed');
  await expectNoAxeViolations(clinician.page, 'signed-off submission');
  await nurse.context.close();
  await clinician.context.close();
});

test('admin screens pass axe; an account is created with a one-time password', async ({
  browser,
}) => {
  const { context, page } = await staffPage(browser, 'admin');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Admin: staff accounts' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Nora Nurse/ })).toBeVisible();
  await expectNoAxeViolations(page, 'admin: accounts');

  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Choose at least one role.')).toBeVisible();
  const suffix = uniqueFamilyName('Temp');
  const displayName = `Tess ${suffix}`;
  await page.getByLabel('Email').fill(`${suffix.toLowerCase()}@demo.preflight`);
  await page.getByLabel('Name shown to staff').fill(displayName);
  await page.locator('#create-role-nurse').check();
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByText('Temporary password for')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(displayName) });
  await expect(row).toBeVisible();
  await page.getByRole('button', { name: `Manage ${displayName}` }).click();
  await expectNoAxeViolations(page, 'admin: accounts with a manage panel');
  await saveScreenshot(page, 'staff-admin', { fullPage: false });
  await page.getByRole('button', { name: 'Deactivate (ends their sessions)' }).click();
  await expect(row).toContainText('Deactivated');

  for (const [link, heading] of [
    ['Sites', 'Admin: sites'],
    ['Sign-in security', 'Admin: sign-in security'],
    ['Audit log', 'Admin: audit log'],
  ] as const) {
    await page
      .getByRole('navigation', { name: 'Admin sections' })
      .getByRole('link', { name: link })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page, heading);
  }
  await expect(page.getByRole('table', { name: /Audit log/ }).getByRole('row')).not.toHaveCount(1);
  await page.getByLabel('Actor').selectOption({ label: 'Ada Admin' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: /Audit log/ })).toContainText('Ada Admin');
  await expect(page.getByRole('table', { name: /Audit log/ })).not.toContainText('Nora Nurse');
  await context.close();
});

test('after 15 idle minutes the screen locks, hides patient data, and unlocks with the password', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.clock.install();
  await signIn(page, 'nurse');
  const patient = {
    givenName: 'Iris',
    familyName: uniqueFamilyName('Lock'),
    birthDate: '1990-01-20',
  };
  const name = `${patient.givenName} ${patient.familyName}`;
  const code = await createVisitInUi(page, patient);
  await submitIntakeViaApi(request, { code, birthDate: patient.birthDate }, answersWith({ name }));
  await page.getByRole('link', { name: 'Triage queue' }).click();
  await queueRow(page, name);

  await page.clock.fastForward('14:05');
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Screen locked' })).toBeVisible();
  await expect(page.getByText(patient.familyName)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  // The server's clock did not move: the session is locked there because the screen said so.
  await expect
    .poll(async () => (await page.request.get('/api/submissions')).json())
    .toMatchObject({ error: { code: 'session_locked' } });
  await expectNoAxeViolations(page, 'lock screen');
  await saveScreenshot(page, 'staff-lock', { fullPage: false });

  await page.getByLabel('Password').fill('not-my-password');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(
    'That password is not right.',
  );
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await queueRow(page, name);
  await context.close();
});

test('a lost live connection is announced, and so is its return', async ({ browser }) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.route('**/api/events', (route) => route.abort('connectionrefused'));
  await signIn(page, 'nurse');
  await expect(page.getByRole('alert').filter({ hasText: 'Live updates lost.' })).toBeVisible();
  await page.unroute('**/api/events');
  await expect(
    page.getByRole('status').filter({ hasText: 'Live updates are back.' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Live updates lost.' })).toHaveCount(0);
  await context.close();
});

test('a submission made while the live connection was still opening shows without a reload', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  // The screen's lists load at once; its live connection opens only after the patient submits
  // (a slow network or a busy server), so the submission's event goes to no one.
  let openConnection!: () => void;
  const connectionMayOpen = new Promise<void>((resolve) => (openConnection = resolve));
  await page.route('**/api/events', async (route) => {
    await connectionMayOpen;
    await route.continue();
  });
  await signIn(page, 'nurse');
  const patient = {
    givenName: 'Noor',
    familyName: uniqueFamilyName('Late'),
    birthDate: '1984-07-12',
  };
  const name = `${patient.givenName} ${patient.familyName}`;
  // Submitted once the screen's list, as the server last sent it, holds the visit.
  const listed = page.waitForResponse(
    async (response) =>
      response.request().method() === 'GET' &&
      response.url().endsWith('/api/visits') &&
      (await response.text()).includes(patient.familyName),
  );
  const code = await createVisitInUi(page, patient);
  await listed;
  await submitIntakeViaApi(request, { code, birthDate: patient.birthDate }, answersWith({ name }));
  openConnection();
  await expect(page.getByRole('article', { name: `Visit for ${name}` })).toHaveCount(0);
  await context.close();
});

test('the urgent-alert sound setting is remembered by the browser', async ({ browser }) => {
  const { context, page } = await staffPage(browser, 'clinician');
  await page.getByRole('button', { name: 'Enable sound for urgent flags' }).first().click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Turn sound off' })).toBeVisible();
  await page.getByRole('button', { name: 'Turn sound off' }).click();
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Enable sound for urgent flags' }).first(),
  ).toBeVisible();
  await context.close();
});

test('a new clinician: temporary password, own password, authenticator by QR, then sign-in with TOTP', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const adminApi = await playwright.request.newContext({ baseURL: baseURL! });
  const account = await createAccountViaApi(adminApi, ['clinician']);
  await adminApi.dispose();
  const newPassword = 'violet-harbour-lantern-42';

  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto('/staff/');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.temporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose a new password' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'password change required');
  await page.getByLabel('Current password').fill(account.temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Triage queue' })).toBeVisible();

  await page.getByRole('link', { name: 'My account' }).click();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: /QR code to add Preflight/ })).toBeVisible();
  await expectNoAxeViolations(page, 'account: authenticator enrolment');
  const secret = (await page.locator('code.secret').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Your authenticator app is set up.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Authenticator code');
  await expect(code).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in: authenticator code');
  // A code is accepted once; the next time step's code is within the allowed drift.
  await code.fill(totpCode(secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(account.displayName)).toBeVisible();
  await context.close();
});
