// A reload or a crashed tab in the middle: the same code and birth date bring the patient back
// to where they were, with their answers. Nothing with answers is kept in web storage.
import {
  expect,
  test,
  choose,
  expectNoAxeViolations,
  tabletPage,
  unlock,
} from './support/intake-helpers';

test('reload in the middle, then resume where the patient was', async ({ browser, nurse }) => {
  const visit = await nurse.createVisit({ givenName: 'Marta' });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);

  await page.getByRole('textbox', { name: 'How much do you weigh?' }).fill('70');
  await page.getByRole('radio', { name: 'kilograms (kg)' }).check();
  // Switching language keeps what is on screen.
  await page.getByRole('button', { name: 'Español' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Su peso y estatura' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '¿Cuánto pesa?' })).toHaveValue('70');
  await expect(page.getByRole('radio', { name: 'kilogramos (kg)' })).toBeChecked();
  await page.getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Next' }).tap();
  await choose(page, /pregnant/, 'No');
  await choose(page, /breastfeeding/, 'No');
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/intake/draft') && response.ok(),
  );
  await page.getByRole('button', { name: 'Next' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Blood pressure' })).toBeVisible();
  await saved;
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Marta');
  await unlock(page, visit);
  await expect(page.getByRole('heading', { level: 1, name: 'Blood pressure' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(
    page
      .getByRole('radiogroup', { name: /pregnant/ })
      .getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('70');
  await expect(page.getByRole('radio', { name: 'kilograms (kg)' })).toBeChecked();
  await page.context().close();
});

test('"Are you …?" answered No: back to the lock screen, asked to see staff', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Nadia' });
  const page = await tabletPage(browser);
  await page.goto(`/?code=${visit.code}`);
  await page.getByLabel('Month').fill('04');
  await page.getByLabel('Day').fill('02');
  await page.getByLabel('Year').fill('1980');
  await page.getByRole('button', { name: 'Start' }).tap();
  await expect(page.getByRole('heading', { name: 'Are you Nadia?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'No', exact: true }).tap();
  await expect(page.getByText('Please ask the front desk for help.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Nadia');
  await expect(page.getByLabel('Visit code')).toHaveValue('');
  await page.context().close();
});

test('a wrong birth date is refused with a clear message, next to nothing personal', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Lucia' });
  const page = await tabletPage(browser);
  await page.goto(`/?code=${visit.code}`);
  await page.getByRole('button', { name: 'Start' }).tap();
  await expect(
    page.getByText('Please fill in the month, day and year you were born.'),
  ).toBeVisible();
  await expect(page.getByLabel('Month')).toBeFocused();
  await page.getByLabel('Month').fill('02');
  await page.getByLabel('Day').fill('30');
  await page.getByLabel('Year').fill('1980');
  await page.getByRole('button', { name: 'Start' }).tap();
  await expect(page.getByText('That date does not exist.', { exact: false })).toBeVisible();
  await page.getByLabel('Day').fill('03');
  await page.getByRole('button', { name: 'Start' }).tap();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await page.context().close();
});
