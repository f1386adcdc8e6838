// Next on the tablet goes on as the finger lifts from it, one step per tap. A finger that slides
// on Next (the start of a scroll) is not a tap: the step stays, answers and all. The step drawn
// ahead is shown at once, with its place in the progress; a second tap right after it does not go
// on past it or back to the step left. "Check your answers", drawn ahead too, shows the last
// step's answers from its very first frame, however soon Next comes after them.
import type { Browser, Page } from '@playwright/test';
import {
  answerEverythingSimply,
  expect,
  test,
  tabletPage,
  unlock,
  type NurseApi,
} from './support/intake-helpers';

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

/**
 * What the first frame showing a visible level-1 title `title` shows in `selector` (resolved once
 * that frame is drawn; start it before the tap).
 */
function firstFrameWith(page: Page, title: string, selector: string) {
  return page.evaluate(
    ({ title, selector }) =>
      new Promise<string | null | undefined>((resolve) => {
        const check = () => {
          const shown = Array.from(document.querySelectorAll('h1')).find((h1) =>
            h1.checkVisibility({ opacityProperty: true }),
          );
          if (shown?.textContent === title)
            resolve(
              Array.from(document.querySelectorAll(selector))
                .filter((element) => element.checkVisibility({ opacityProperty: true }))
                .map((element) => element.textContent)
                .join(' | '),
            );
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { title, selector },
  );
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

  // Unanswered, a tap on Next stays on the step and says what needs an answer.
  await page.getByRole('button', { name: 'Next' }).tap();
  await expect(page.getByText('2 answers need your attention.')).toBeVisible();
  await expect(pregnancy).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: 'Are you pregnant, or could you be pregnant?' }),
  ).toContainText('Please answer this question.');
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
  const progressWithNewStep = firstFrameWith(page, 'Pregnancy', '.progress-text');

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

test('"Check your answers" shows the last answers from its first frame, whether Next comes at once or after a pause', async ({
  browser,
  nurse,
}) => {
  const visit = await nurse.createVisit({ givenName: 'Dolores' });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);
  await answerEverythingSimply(page, 'Worry and nerves');
  const questions = page.getByRole('radiogroup');
  for (let i = 0; i < (await questions.count()); i++) {
    await questions.nth(i).getByRole('radio', { name: 'Not at all' }).check();
  }
  // The review drawn ahead, unseen, adds nothing to scroll through below the last step.
  await expect(page.locator('[inert] .review-section').first()).toBeAttached();
  const heights = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    step: Math.max(
      ...Array.from(document.querySelectorAll('.screen'))
        .filter((screen) => !screen.closest('[inert]'))
        .map((screen) => screen.getBoundingClientRect().bottom + window.scrollY),
    ),
  }));
  expect(heights.page).toBeLessThanOrEqual(Math.ceil(heights.step));
  const nervous = page.getByRole('radiogroup', { name: /nervous, anxious/ });
  const finger = await fingerOnNext(page);

  // Next right after the answer: the review drawn ahead may not have it yet.
  await nervous.getByRole('radio', { name: 'Nearly every day' }).tap();
  let moodInFirstFrame = firstFrameWith(page, 'Check your answers', '.review-section');
  await finger.down();
  await finger.lift();
  expect(await moodInFirstFrame).toMatch(/nervous, anxious[^|]*Nearly every day/);

  // Back, another answer, and Next after a pause: the review drawn ahead has it by then.
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(nervous.getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
  await nervous.getByRole('radio', { name: 'Several days' }).tap();
  await expect(
    page.locator('[inert] .review-section', { hasText: /nervous, anxious.*Several days/ }),
  ).toHaveCount(1);
  moodInFirstFrame = firstFrameWith(page, 'Check your answers', '.review-section');
  const againFinger = await fingerOnNext(page);
  await againFinger.down();
  await againFinger.lift();
  const shown = await moodInFirstFrame;
  expect(shown).toMatch(/nervous, anxious[^|]*Several days/);
  expect(shown).not.toContain('Nearly every day');

  // Sent as shown: the review's Back leads to the last step with that answer.
  await twoFrames(page);
  await page.getByRole('button', { name: 'Back' }).tap();
  await expect(nervous.getByRole('radio', { name: 'Several days' })).toBeChecked();
  await page.context().close();
});
