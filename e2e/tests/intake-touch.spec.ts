// Next on the tablet goes on as the finger lifts from it, one step per tap. A finger that slides
// on Next (the start of a scroll) is not a tap: the step stays, answers and all. The step drawn
// ahead is shown at once, with its place in the progress; a second tap right after it does not go
// on past it or back to the step left.
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

test('Next shows the step after with its place in the progress in the same frame; a quick second tap stays there', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Inés' });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);
  await expect(page.getByText('Step 1 of 13')).toBeVisible();
  await page.getByRole('textbox', { name: 'How much do you weigh?' }).fill('70');
  await page.getByRole('radio', { name: 'kilograms (kg)' }).check();
  // The step after is drawn ahead, unseen, once this one is painted.
  await expect(page.locator('[inert] h1', { hasText: 'Pregnancy' })).toHaveCount(1);
  // What the frame that first shows the new step's title shows as the progress.
  const progressWithNewStep = page.evaluate(
    () =>
      new Promise<string | null | undefined>((resolve) => {
        const check = () => {
          const title = Array.from(document.querySelectorAll('h1')).find((h1) =>
            h1.checkVisibility({ opacityProperty: true }),
          );
          if (title?.textContent === 'Pregnancy')
            resolve(document.querySelector('.progress-text')?.textContent);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );

  const box = await page.getByRole('button', { name: 'Next' }).boundingBox();
  if (!box) throw new Error('Next is not on screen');
  const touch = await page.context().newCDPSession(page);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Two taps in a row, as fast as the tablet takes them.
  for (let tap = 0; tap < 2; tap++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  expect(await progressWithNewStep).toContain('Step 2 of 13');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pregnancy');

  // The answers went with it: Back shows them.
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('70');
  await page.context().close();
});
