// Shared steps for the staff journeys: signing in through the staff app, the patient side through
// the intake API (the tablet UI is tested on its own), axe checks and screenshots.
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { exampleAnswers } from '../../../packages/screening/src/fixtures';

export const DEMO_PASSWORD = 'preflight-demo-2026';
export type DemoRole = 'nurse' | 'clinician' | 'admin';

export const DESKTOP = { width: 1280, height: 900 };
export const TABLET = { width: 820, height: 1180 };

export async function staffPage(
  browser: Browser,
  role: DemoRole,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, role);
  return { context, page };
}

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/staff/');
  await page.getByLabel('Email').fill(`${role}@demo.preflight`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' }).first()).toBeVisible();
}

export function uniqueFamilyName(prefix = 'Staff'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Fills the new-visit form and returns the code the screen shows. */
export async function createVisitInUi(
  page: Page,
  patient: { givenName: string; familyName: string; birthDate: string; plannedTreatment?: string },
): Promise<string> {
  await page.getByRole('link', { name: 'New visit' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New visit' })).toBeVisible();
  await page.getByLabel('Given name').fill(patient.givenName);
  await page.getByLabel('Family name').fill(patient.familyName);
  await page.getByLabel('Birth date').fill(patient.birthDate);
  await page
    .getByLabel('Planned treatment')
    .selectOption(patient.plannedTreatment ?? 'esketamine-nasal');
  await page.getByRole('button', { name: 'Create visit' }).click();
  const card = page.getByRole('article', {
    name: `Visit for ${patient.givenName} ${patient.familyName}`,
  });
  const code = await card.getByTestId('visit-code').getAttribute('data-code');
  expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
  return code!;
}

/**
 * A patient's row in the triage queue, found as staff find it. The queue lists urgent first, then
 * the longest waiting, 50 at a time: someone who has just arrived is at the end, behind "Show
 * more" once many others wait (a busy clinic, or a database that earlier runs filled).
 */
export async function queueRow(page: Page, name: string): Promise<Locator> {
  const main = page.locator('#main');
  const row = main.getByRole('row', { name: new RegExp(name) });
  const more = main.getByRole('button', { name: 'Show more' });
  await expect(async () => {
    if (!(await row.isVisible()) && (await more.isVisible()) && (await more.isEnabled()))
      await more.click();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  return row;
}

type Answers = ReturnType<typeof exampleAnswers>;

/** The domain's example answers, with a given name and blood pressure. */
export function answersWith(options: {
  name: string;
  aneurysm?: 'yes' | 'no' | 'unsure';
  bloodPressure?: [number, number];
}): Answers {
  const answers = exampleAnswers();
  const [systolic, diastolic] = options.bloodPressure ?? [118, 76];
  const now = Date.now();
  answers.cardio.aneurysm = options.aneurysm ?? 'no';
  answers.vitals.readings = [0, 1].map((i) => ({
    systolic,
    diastolic,
    heartRate: 84,
    arm: 'left' as const,
    takenAt: new Date(now - (4 - i * 2) * 60_000).toISOString(),
  }));
  answers.attest = { confirmed: true, name: options.name };
  return answers;
}

/** The tablet's part, through the API: start with code and birth date, then submit. */
export async function submitIntakeViaApi(
  request: APIRequestContext,
  visit: { code: string; birthDate: string },
  answers: Answers,
): Promise<string> {
  const start = await request.post('/api/intake/start', {
    data: { code: visit.code, birthDate: visit.birthDate },
  });
  expect(start.status()).toBe(200);
  const { intakeToken } = (await start.json()) as { intakeToken: string };
  const submit = await request.post('/api/intake/submit', {
    headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': randomUUID() },
    data: { answers, language: 'en' },
  });
  expect(submit.status(), await submit.text()).toBe(201);
  return ((await submit.json()) as { submissionId: string }).submissionId;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'screenshots');

export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, `stepOffset` steps from now. */
export function totpCode(secretBase32: string, stepOffset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secretBase32.replace(/[\s=]/g, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stepOffset));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/** A fresh account made by the demo admin through the API, with its one-time password. */
export async function createAccountViaApi(
  request: APIRequestContext,
  roles: DemoRole[],
): Promise<{ email: string; displayName: string; temporaryPassword: string }> {
  const login = await request.post('/api/auth/login', {
    data: { email: 'admin@demo.preflight', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const sites = (await (await request.get('/api/sites')).json()) as { items: { id: string }[] };
  const suffix = randomUUID().slice(0, 8);
  const displayName = `Casey New-${suffix}`;
  const email = `casey-${suffix}@demo.preflight`;
  const created = await request.post('/api/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: { email, displayName, roles, sites: sites.items.map((s) => s.id) },
  });
  expect(created.status()).toBe(201);
  const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
  await request.post('/api/auth/logout', { headers: { 'x-csrf-token': csrfToken } });
  return { email, displayName, temporaryPassword };
}
