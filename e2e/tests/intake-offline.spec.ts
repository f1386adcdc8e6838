// Never lose answers at the last step: the network drops at "Send", the submission waits on the
// tablet (encrypted), and exactly one submission reaches the clinic. A double tap sends one.
import {
  expect,
  test,
  expectNoAxeViolations,
  queuedRecords,
  tabletAtSend,
} from './support/intake-helpers';

test('offline at submit: saved on the tablet, sent once when the network is back', async ({
  browser,
  nurse,
}) => {
  const { visit, page } = await tabletAtSend(browser, nurse, 'Olga');

  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send my answers' }).tap();
  await expect(
    page.getByRole('heading', { name: 'Your answers are saved on this tablet' }),
  ).toBeVisible();
  // What waits on the device is ciphertext: no name, no answer.
  await expectNoAxeViolations(page);
  await expect.poll(() => queuedRecords(page)).toHaveLength(1);
  const [record] = await queuedRecords(page);
  expect(record).not.toContain(visit.familyName);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.getByRole('button', { name: 'Try again now' }).tap();
  await expect(
    page.getByRole('heading', { name: 'Your answers are saved on this tablet' }),
  ).toBeVisible();
  expect(await nurse.submissionsFor(visit.visitId)).toBe(0);

  await page.context().setOffline(false);
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect.poll(() => queuedRecords(page)).toEqual([]);
  await expect.poll(() => nurse.submissionsFor(visit.visitId)).toBe(1);
  await page.context().close();
});

test('a waiting submission is delivered in the background, lock screen and reload included', async ({
  browser,
  nurse,
}) => {
  const { visit, page } = await tabletAtSend(browser, nurse, 'Pilar');
  // The clinic server cannot be reached for submissions (the page itself still loads).
  const unreachable = '**/api/intake/submit';
  await page.route(unreachable, (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Send my answers' }).tap();
  await expect(
    page.getByRole('heading', { name: 'Your answers are saved on this tablet' }),
  ).toBeVisible();

  // Staff need the tablet: the lock screen shows nothing of the waiting submission.
  await page.getByRole('button', { name: 'Staff: next patient' }).tap();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(visit.givenName);
  // A reload (a crashed tab) keeps it waiting on the device, and the app picks it up at start.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(await queuedRecords(page)).toHaveLength(1);
  expect(await nurse.submissionsFor(visit.visitId)).toBe(0);

  await page.unroute(unreachable);
  await expect.poll(() => nurse.submissionsFor(visit.visitId), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => queuedRecords(page)).toEqual([]);
  await page.context().close();
});

test('a double tap on Send stores exactly one submission', async ({ browser, nurse }) => {
  const { visit, page } = await tabletAtSend(browser, nurse, 'Dora');
  const box = (await page.getByRole('button', { name: 'Send my answers' }).boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect.poll(() => nurse.submissionsFor(visit.visitId)).toBe(1);
  await page.context().close();
});

test('a visit cancelled while the answers wait: the tablet drops them and asks to see staff', async ({
  browser,
  nurse,
}) => {
  const { visit, page } = await tabletAtSend(browser, nurse, 'Clara');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send my answers' }).tap();
  await expect.poll(() => queuedRecords(page)).toHaveLength(1);

  await nurse.cancelVisit(visit.visitId);
  await page.context().setOffline(false);
  await expect(page.getByRole('heading', { name: 'Please see the front desk' })).toBeVisible();
  await expect(page.getByText(/988/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => queuedRecords(page)).toEqual([]);
  expect(await nurse.submissionsFor(visit.visitId)).toBe(0);
  await page.context().close();
});
