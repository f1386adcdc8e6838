// Next on the tablet goes on as the finger lifts from it, one step per tap. A finger that slides
// on Next (the start of a scroll) is not a tap: the step stays, answers and all. The step drawn
// ahead is shown at once, with its place in the progress; a second tap right after it does not go
// on past it or back to the step left.
import type { Browser, Page } from '@playwright/test';
import { expect, test, tabletPage, unlock, type NurseApi } from './support/intake-helpers';

/** A tablet on the first step, its weight given: Next may go on. */
async function firstStepAnswered(browser: Browser, nurse: NurseApi, givenName: string) {
  const visit = await nurse.createVisit({ givenName });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);
  await page.getByRole('textbox', { name: 'How much do you weigh?' }).fill('70');
  await page.getByRole('radio', { name: 'kilograms (kg)' }).check();
  return page;
}

/** A finger on Next, driven touch event by touch event. */
async function fingerOnNext(page: Page) {
  const box = await page.getByRole('button', { name: 'Next' }).boundingBox();
  if (!box) throw new Error('Next is not on screen');
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const touch = await page.context().newCDPSession(page);
  return {
    down: () =>
      touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }),
    move: (dy: number) =>
      touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: point.x, y: point.y - dy }],
      }),
    lift: () => touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
  };
}

/** Two frames: a Next would have shown the new step by then. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

test('a finger sliding on Next stays on the step; a tap goes on exactly one step', async ({
  browser,
  nurse,
}) => {
  const page = await firstStepAnswered(browser, nurse, 'Tomás');
  const firstStep = page.getByRole('heading', { level: 1, name: 'Your weight and height' });
  await expect(firstStep).toBeVisible();

  const finger = await fingerOnNext(page);
  await finger.down();
  for (const dy of [10, 20, 30, 40]) await finger.move(dy);
  await finger.lift();
  await twoFrames(page);
  await expect(firstStep).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('70');

  await page.getByRole('button', { name: 'Next' }).tap();
  const pregnancy = page.getByRole('heading', { level: 1, name: 'Pregnancy' });
  await expect(pregnancy).toBeVisible();
  // One step only: the click Chrome makes of the tap did not also send the (unanswered) next one.
  await expect(page.getByText(/needs? your attention/)).toHaveCount(0);
});

test('Next shows the step after with its place in the progress in the same frame; a quick second tap stays there', async ({
  browser,
  nurse,
}) => {
  const page = await firstStepAnswered(browser, nurse, 'Inés');
  await expect(page.getByText('Step 1 of 13')).toBeVisible();
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

  const finger = await fingerOnNext(page);
  // Two taps in a row, as fast as the tablet takes them.
  for (let tap = 0; tap < 2; tap++) {
    await finger.down();
    await finger.lift();
  }
  expect(await progressWithNewStep).toContain('Step 2 of 13');
  await twoFrames(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pregnancy');

  // The answers went with it: Back shows them.
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(page.getByRole('textbox', { name: 'How much do you weigh?' })).toHaveValue('70');
  await page.context().close();
});
