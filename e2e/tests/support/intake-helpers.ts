// Shared steps for the tablet journeys: visits made through the staff API as the demo nurse,
// a tablet-sized touch context, and the unlock screen.
import { randomUUID } from 'node:crypto';
import {
  test as base,
  expect,
  request,
  type APIRequestContext,
  type Browser,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface TestVisit {
  visitId: string;
  code: string;
  givenName: string;
  familyName: string;
  birthDate: string;
}

export class NurseApi {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrf: string,
  ) {}

  static async login(baseURL: string): Promise<NurseApi> {
    const api = await request.newContext({ baseURL });
    const response = await api.post('/api/auth/login', {
      data: { email: 'nurse@demo.preflight', password: 'preflight-demo-2026' },
    });
    expect(response.status()).toBe(200);
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return new NurseApi(api, csrfToken);
  }

  /** A visit for a patient with a unique family name (specs share one database). */
  async createVisit(
    options: { givenName?: string; plannedTreatment?: string; birthDate?: string } = {},
  ): Promise<TestVisit> {
    const givenName = options.givenName ?? 'Rosa';
    const familyName = `Tablet-${randomUUID().slice(0, 8)}`;
    const birthDate = options.birthDate ?? '1980-04-02';
    const response = await this.api.post('/api/visits', {
      headers: { 'x-csrf-token': this.csrf },
      data: {
        patient: { givenName, familyName, birthDate },
        plannedTreatment: options.plannedTreatment ?? 'iv-ketamine',
      },
    });
    expect(response.status()).toBe(201);
    const { visitId, code } = (await response.json()) as { visitId: string; code: string };
    return { visitId, code, givenName, familyName, birthDate };
  }

  /** How many submissions the staff queue holds for this visit. */
  async submissionsFor(visitId: string): Promise<number> {
    let count = 0;
    let cursor: string | null = null;
    do {
      const response = await this.api.get(
        `/api/submissions${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status()).toBe(200);
      const body = (await response.json()) as {
        items: { visitId: string }[];
        nextCursor: string | null;
      };
      count += body.items.filter((item) => item.visitId === visitId).length;
      cursor = body.nextCursor;
    } while (cursor);
    return count;
  }

  async cancelVisit(visitId: string): Promise<void> {
    const response = await this.api.post(`/api/visits/${visitId}/cancel`, {
      headers: { 'x-csrf-token': this.csrf },
    });
    expect(response.status()).toBe(200);
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }
}

export const PORTRAIT = { width: 810, height: 1080 };
export const LANDSCAPE = { width: 1366, height: 1024 };

export async function tabletPage(
  browser: Browser,
  viewport: { width: number; height: number } = PORTRAIT,
): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: false });
  return context.newPage();
}

/** Fills the lock screen (English field order) and confirms the name. */
export async function unlock(page: Page, visit: TestVisit, language: 'en' | 'es' = 'en') {
  const [year, month, day] = visit.birthDate.split('-') as [string, string, string];
  const labels =
    language === 'es'
      ? {
          code: 'Código de la visita',
          month: 'Mes',
          day: 'Día',
          year: 'Año',
          start: 'Comenzar',
          yes: 'Sí, soy yo',
        }
      : {
          code: 'Visit code',
          month: 'Month',
          day: 'Day',
          year: 'Year',
          start: 'Start',
          yes: 'Yes, that is me',
        };
  const codeBox = page.getByLabel(labels.code);
  if ((await codeBox.inputValue()) === '') await codeBox.fill(visit.code);
  await page.getByLabel(labels.month).fill(month);
  await page.getByLabel(labels.day).fill(day);
  await page.getByLabel(labels.year).fill(year);
  await page.getByRole('button', { name: labels.start }).tap();
  await expect(page.getByRole('heading', { name: new RegExp(visit.givenName) })).toBeVisible();
  await page.getByRole('button', { name: labels.yes }).tap();
}

/** Taps a choice in the radio group whose question matches. */
export async function choose(page: Page, question: string | RegExp, answer: string) {
  await page
    .getByRole('radiogroup', { name: question })
    .getByRole('radio', { name: answer, exact: true })
    .check();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Goes through every step with the simplest true answers (No where offered, else the first
 * option; one normal reading) until the review screen, English screens.
 */
export async function answerEverythingSimply(page: Page, stopAt = 'Check your answers') {
  const review = page.getByRole('heading', { level: 1, name: stopAt });
  for (let guard = 0; guard < 30; guard++) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (await review.isVisible()) return;
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      const group = groups.nth(i);
      const no = group.getByRole('radio', { name: 'No', exact: true });
      if ((await no.count()) > 0) await no.check();
      else if (!(await group.getByRole('radio', { checked: true }).count()))
        await group.getByRole('radio').first().check();
    }
    const systolic = page.getByLabel('Top number (SYS)');
    if ((await systolic.count()) > 0) {
      await systolic.fill('124');
      await page.getByLabel('Bottom number (DIA)').fill('78');
      await page.getByLabel('Pulse (heart rate)').fill('72');
    }
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: 'Next' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
  }
  throw new Error(`never reached "${stopAt}"`);
}

/** Ticks the attestation and types the name on the review screen. */
export async function attest(page: Page, visit: TestVisit) {
  await page.getByLabel('My answers are true and complete, as far as I know.').check();
  await page
    .getByRole('textbox', { name: 'Type your full name' })
    .fill(`${visit.givenName} ${visit.familyName}`);
}

/** Records in the tablet's IndexedDB queue, as stored (ciphertext). */
export async function queuedRecords(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('preflight-intake');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('queue')) return resolve([]);
          const req = db.transaction('queue').objectStore('queue').getAll();
          req.onsuccess = () =>
            resolve(
              (req.result as { idempotencyKey: string; data: ArrayBuffer }[]).map(
                (r) => r.idempotencyKey + ':' + new TextDecoder().decode(r.data),
              ),
            );
        };
      }),
  );
}

/** Tablet tests: `nurse` is the demo nurse signed in through the staff API for the test. */
export const test = base.extend<{ nurse: NurseApi }>({
  nurse: async ({ baseURL }, use) => {
    const nurse = await NurseApi.login(baseURL!);
    await use(nurse);
    await nurse.dispose();
  },
});
export { expect };

/** A new visit, its tablet unlocked, every question answered simply and the review attested. */
export async function tabletAtSend(browser: Browser, nurse: NurseApi, givenName: string) {
  const visit = await nurse.createVisit({ givenName });
  const page = await tabletPage(browser);
  await page.goto('/');
  await unlock(page, visit);
  await answerEverythingSimply(page);
  await attest(page, visit);
  return { visit, page };
}
