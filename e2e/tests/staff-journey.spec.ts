// The clinic's day, across two staff screens at once: a nurse creates a visit, the patient's
// answers arrive with an urgent flag, both screens raise the alarm without a reload, the nurse
// works the flags and re-measures, and the clinician signs off only when every flag is seen.
import { expect, test } from '@playwright/test';
import {
  answersWith,
  createVisitInUi,
  DEMO_PASSWORD,
  queueRow,
  saveScreenshot,
  staffPage,
  submitIntakeViaApi,
  uniqueFamilyName,
} from './support/staff-helpers';

test('urgent flag to sign-off: live alarm, acknowledgements, re-measurement, signed and read-only', async ({
  browser,
  request,
}) => {
  const nurse = await staffPage(browser, 'nurse');
  const clinician = await staffPage(browser, 'clinician');
  const patient = {
    givenName: 'Ana',
    familyName: uniqueFamilyName('Journey'),
    birthDate: '1961-03-09',
  };
  const name = `${patient.givenName} ${patient.familyName}`;

  // The nurse switches the alarm sound on for this browser.
  await nurse.page.getByRole('button', { name: 'Enable sound for urgent flags' }).first().click();
  await expect(nurse.page.getByRole('button', { name: 'Turn sound off' })).toBeVisible();

  const code = await createVisitInUi(nurse.page, patient);
  await expect(
    nurse.page.getByRole('img', { name: /QR code that opens the tablet/ }),
  ).toBeVisible();

  // The patient's side: aneurysm "yes" and 185/125 on the tablet (through the API).
  const submissionId = await submitIntakeViaApi(
    request,
    { code, birthDate: patient.birthDate },
    answersWith({ name, aneurysm: 'yes', bloodPressure: [185, 125] }),
  );

  // Both screens raise the alarm without a reload.
  for (const page of [nurse.page, clinician.page]) {
    const banner = page.getByTestId('urgent-banner');
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('link', { name })).toBeVisible();
  }
  await expect
    .poll(async () =>
      Number(await nurse.page.getByTestId('urgent-banner').getAttribute('data-tones-played')),
    )
    .toBeGreaterThan(0);

  // The clinician's queue shows the row with its open flags, urgent first.
  const row = await queueRow(clinician.page, name);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Waiting for a nurse');
  await expect(row.getByRole('cell').nth(2)).toContainText('1');
  await saveScreenshot(clinician.page, 'staff-queue');

  // The nurse opens it from the banner and claims it.
  await nurse.page.getByTestId('urgent-banner').getByRole('link', { name }).click();
  await expect(nurse.page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(nurse.page).toHaveURL(new RegExp(`/staff/submissions/${submissionId}$`));
  await nurse.page.getByRole('button', { name: 'Claim for review' }).click();
  await expect(nurse.page.getByTestId('submission-state')).toHaveText('In review');

  const severe = nurse.page.locator('[data-flag-key="vitals.severe"]');
  await expect(severe.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(severe).toContainText('Urgent');
  await expect(severe).toContainText('ACC-AHA-2017');
  await expect(severe).toContainText('Whelton et al.');
  const aneurysm = nurse.page.locator('[data-flag-key="cardio.aneurysm"]');
  await expect(aneurysm).toContainText('Label contraindication');
  await saveScreenshot(nurse.page, 'staff-submission');
  await saveScreenshot(nurse.page, 'staff-submission-top', { fullPage: false });

  // An urgent flag needs a note.
  await severe.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(severe.getByRole('alert')).toHaveText(/Write a note/);
  await severe.getByLabel(/Note/).fill('Seated 10 min, re-measuring now; clinician informed.');
  await severe.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(severe.getByTestId('flag-standing')).toContainText('Acknowledged by you');

  // Acknowledged: the alarm for this patient stops on the other screen too (other specs may have
  // left urgent flags of their own patients open in the shared database).
  await expect(clinician.page.getByTestId('urgent-banner').getByText(name)).toHaveCount(0);

  // A re-measured reading still in the crisis range changes the flag's values.
  await nurse.page.getByRole('spinbutton', { name: 'Systolic (mmHg)' }).fill('182');
  await nurse.page.getByRole('spinbutton', { name: 'Diastolic (mmHg)' }).fill('112');
  await nurse.page.getByRole('spinbutton', { name: 'Heart rate (per minute)' }).fill('80');
  await nurse.page.getByRole('button', { name: 'Add reading' }).click();
  await expect(nurse.page.getByText('Reading added. Flags were re-evaluated.')).toBeVisible();
  await expect(severe.getByTestId('flag-standing')).toContainText(
    'Changed by a new reading: needs a new acknowledgement',
  );
  await expect(severe).toContainText('182');
  await expect(nurse.page.getByRole('table', { name: /Every blood pressure/ })).toContainText(
    'Staff: you',
  );

  // The clinician cannot sign off yet: the screen lists what is left.
  await clinician.page.goto(`/staff/submissions/${submissionId}`);
  const blocked = clinician.page.getByTestId('signoff-blocked');
  await expect(blocked).toContainText('Left: 3');
  await expect(clinician.page.getByRole('button', { name: 'Sign off' })).toBeDisabled();

  // The nurse acknowledges the rest and marks it ready.
  await severe.getByLabel(/Note/).fill('Re-measured 182/112; clinician at bedside.');
  await severe.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(severe.getByTestId('flag-standing')).toContainText('Acknowledged by you');
  for (const key of ['cardio.aneurysm', 'meds.benzodiazepine']) {
    const flag = nurse.page.locator(`[data-flag-key="${key}"]`);
    await flag.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(flag.getByTestId('flag-standing')).toContainText('Acknowledged by you');
  }
  await nurse.page.getByRole('button', { name: 'Mark ready for clinician' }).click();
  await expect(nurse.page.getByTestId('submission-state')).toHaveText('Ready for clinician');

  // The clinician's screen updates live; sign-off opens. A decision other than proceed needs a note.
  await expect(clinician.page.getByTestId('signoff-blocked')).toHaveCount(0);
  await expect(clinician.page.getByTestId('submission-state')).toHaveText('Ready for clinician');
  await clinician.page.getByLabel('Hold').check();
  await clinician.page.getByLabel('Your password, to sign').fill(DEMO_PASSWORD);
  await clinician.page.getByRole('button', { name: 'Sign off' }).click();
  await expect(clinician.page.getByText('Write a note: it is required')).toBeVisible();
  await clinician.page
    .getByLabel('Note (required)')
    .fill(
      'Hold today: blood pressure in crisis range, aneurysm history to clarify with cardiology.',
    );
  await clinician.page.getByLabel('Your password, to sign').fill(DEMO_PASSWORD);
  await clinician.page.getByRole('button', { name: 'Sign off' }).click();

  // Read-only afterwards, for both.
  for (const page of [clinician.page, nurse.page]) {
    await expect(page.getByTestId('submission-state')).toHaveText('Signed off');
    await expect(page.getByTestId('sign-off-record')).toContainText('Clinician’s decision: Hold');
    await expect(page.getByRole('button', { name: 'Acknowledge' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add reading' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign off', exact: true })).toHaveCount(0);
  }
  // Later notes are addenda, attributed.
  await nurse.page.getByLabel('Add an addendum').fill('Patient rebooked for next week.');
  await nurse.page.getByRole('button', { name: 'Add addendum' }).click();
  await expect(clinician.page.getByText('Patient rebooked for next week.')).toBeVisible();

  await nurse.context.close();
  await clinician.context.close();
});
