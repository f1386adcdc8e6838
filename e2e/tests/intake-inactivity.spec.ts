// A patient who walks away: after 3 minutes a big "I'm still here"; 60 seconds later the answers
// are saved and the screen locks, showing nothing of the patient. Time is Playwright's clock.
import {
  expect,
  test,
  answerEverythingSimply,
  attest,
  expectNoAxeViolations,
  tabletPage,
  unlock,
} from './support/intake-helpers';

test('warning after 3 minutes, lock a minute later, resume with the answers kept', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Elena' });
  const page = await tabletPage(browser);
  await page.clock.install();
  await page.goto('/');
  await unlock(page, visit);
  await page.getByRole('textbox', { name: 'How much do you weigh?' }).fill('160');
  // What is typed is kept in memory within a second (that is when the 3 minutes start).
  await page.clock.runFor(1_000);

  await page.clock.fastForward('02:50');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('00:15');
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: "I'm still here" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: "I'm still here" }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('160');

  await page.clock.fastForward('03:05');
  await expect(dialog).toBeVisible();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/intake/draft') && r.ok());
  await page.clock.fastForward('01:05');
  await saved;
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByText('They are saved.', { exact: false })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Elena');
  await expect(page.locator('body')).not.toContainText('160');

  await unlock(page, visit);
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('160');
  await page.context().close();
});

test('the guided rest before blood pressure holds off the inactivity lock', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Inés' });
  const page = await tabletPage(browser);
  await page.clock.install();
  await page.goto('/');
  await unlock(page, visit);
  await answerEverythingSimply(page, 'How to take your blood pressure');

  await page.getByRole('button', { name: 'Start the 5-minute rest' }).tap();
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await expect(page.getByText('Your rest time is over.', { exact: false })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // Once the rest is over, the usual 3 minutes apply again.
  await page.clock.fastForward('03:05');
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await page.context().close();
});

test('the thank-you screen clears itself after 60 seconds, leaving nothing of the patient', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Amalia' });
  const page = await tabletPage(browser);
  await page.clock.install();
  await page.goto('/');
  await unlock(page, visit);
  await answerEverythingSimply(page);
  await attest(page, visit);
  await page.getByRole('button', { name: 'Send my answers' }).tap();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByLabel('Visit code')).toHaveValue('');
  await expect(page.locator('body')).not.toContainText(visit.familyName);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.context().close();
});
