// Next on the tablet goes on as the finger lifts from it, one step per tap. A finger that slides
// on Next (the start of a scroll) is not a tap: the step stays, answers and all.
import { expect, test, tabletPage, unlock } from './support/intake-helpers';

test('a finger sliding on Next stays on the step; a tap goes on exactly one step', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Tomás' });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);
  const firstStep = page.getByRole('heading', { level: 1, name: 'Your weight and height' });
  await expect(firstStep).toBeVisible();
  await page.getByRole('textbox', { name: 'How much do you weigh?' }).fill('70');
  await page.getByRole('radio', { name: 'kilograms (kg)' }).check();

  const next = page.getByRole('button', { name: 'Next' });
  const box = await next.boundingBox();
  if (!box) throw new Error('Next is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const touch = await page.context().newCDPSession(page);
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (const dy of [10, 20, 30, 40])
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y - dy }],
    });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // Two frames after the finger lifted: a Next would have shown the new step by then.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(firstStep).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('70');

  await next.tap();
  const pregnancy = page.getByRole('heading', { level: 1, name: 'Pregnancy' });
  await expect(pregnancy).toBeVisible();
  // One step only: the click Chrome makes of the tap did not also send the (unanswered) next one.
  await expect(page.getByText(/needs? your attention/)).toHaveCount(0);
});
