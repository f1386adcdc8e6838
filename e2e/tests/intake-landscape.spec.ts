// The same screens in landscape (1366×1024): axe, target size included, and screenshots of a few
// steps in both orientations to look at (test-results/intake-*.png).
import type { Page } from '@playwright/test';
import {
  LANDSCAPE,
  PORTRAIT,
  expect,
  test,
  answerEverythingSimply,
  expectNoAxeViolations,
  tabletPage,
  unlock,
} from './support/intake-helpers';

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath(`intake-${name}.png`) });
}

for (const [orientation, viewport] of [
  ['landscape', LANDSCAPE],
  ['portrait', PORTRAIT],
] as const) {
  test(`${orientation}: lock screen, questions, readings, medicines, mood and review`, async ({
    browser,
    nurse,
  }) => {
    const visit = await nurse.createVisit({ givenName: 'Greta' });
    const page = await tabletPage(browser, viewport);
    await page.goto('/');
    await look(page, `${orientation}-lock`);
    await unlock(page, visit);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your weight and height' }),
    ).toBeVisible();
    await look(page, `${orientation}-weight`);
    await answerEverythingSimply(page, 'Your readings');
    await page.getByLabel('Top number (SYS)').fill('40');
    await page.getByRole('button', { name: 'Next' }).tap();
    await expect(page.getByText('This number looks unusual.', { exact: false })).toBeVisible();
    await look(page, `${orientation}-readings-check`);
    await page.getByLabel('Top number (SYS)').fill('124');
    await answerEverythingSimply(page, 'Medicines you take');
    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('combobox', { name: 'Name of the medicine' }).fill('lisino');
    await expect(page.getByRole('option', { name: 'lisinopril', exact: true })).toBeVisible();
    await look(page, `${orientation}-medicines`);
    await page.getByRole('option', { name: 'lisinopril', exact: true }).tap();
    await answerEverythingSimply(page, 'Your mood');
    await look(page, `${orientation}-mood`);
    await answerEverythingSimply(page);
    await look(page, `${orientation}-review`);
    await page.context().close();
  });
}
