import { expect, test } from '@playwright/test';

test('a nurse creates a visit, the patient answers on the tablet, the queue shows the flag', async ({
  browser,
}) => {
  const staff = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await staff.goto('/staff/');
  await staff.getByLabel('Email').fill('nurse@demo.preflight');
  await staff.getByLabel('Password').fill('preflight-demo-2026');
  await staff.getByRole('button', { name: 'Sign in' }).click();

  await staff.getByLabel('Given name').fill('Ana');
  await staff.getByLabel('Family name').fill('Lopez');
  await staff.getByLabel('Birth date').fill('1980-04-02');
  await staff.getByRole('button', { name: 'Create visit' }).click();
  const code = (await staff.getByTestId('visit-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  const tabletContext = await browser.newContext({
    viewport: { width: 810, height: 1080 },
    hasTouch: true,
  });
  const tablet = await tabletContext.newPage();
  await tablet.goto('/');
  await tablet.getByLabel('Visit code').fill(code);
  await tablet.getByLabel('Birth date').fill('1980-04-02');
  await tablet.getByRole('button', { name: 'Start' }).click();
  await tablet.getByLabel('Yes').check();
  await tablet.getByRole('button', { name: 'Send my answers' }).click();
  await expect(tablet.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(tablet.getByText(/flag|review|urgent/i)).toHaveCount(0);

  const row = staff.getByRole('row', { name: /Ana Lopez/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(4)).toHaveText('1');
});
