// Tablet speed at 4x CPU throttling (a mid-range tablet): how long from navigation until the
// unlock form can be used (target 1 s), and how long each "Next" takes until the next step is on
// screen (target 50 ms). Uses BENCH_URL when given (a running built product); otherwise starts the
// API on a throw-away embedded database and serves the built app from it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, request } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const THROTTLE = 4;
const LOADS = 7;
const TARGET_FIRST_MS = 1000;
const TARGET_NEXT_MS = 50;

async function startServer() {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: async () => {} };
  const port = Number(process.env.BENCH_PORT ?? 3400);
  const dataDir = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  const child = spawn('pnpm', ['--filter', '@preflight/api', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      LOGIN_FAILURES_PER_CLIENT: '10000',
      INTAKE_START_FAILURES_PER_CLIENT: '10000',
    },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createVisit(url) {
  const api = await request.newContext({ baseURL: url });
  const login = await api.post('/api/auth/login', {
    data: { email: 'nurse@demo.preflight', password: 'preflight-demo-2026' },
  });
  const { csrfToken } = await login.json();
  const created = await api.post('/api/visits', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      patient: { givenName: 'Bench', familyName: `Tablet-${Date.now()}`, birthDate: '1980-04-02' },
      plannedTreatment: 'iv-ketamine',
    },
  });
  const { code } = await created.json();
  await api.dispose();
  return code;
}

// In the page: when the unlock form exists and its button is enabled (React has rendered and
// attached its handlers), and how long each Next takes until the new step is drawn.
const PROBE = () => {
  const w = window;
  w.__bench = { firstInteractive: null, nexts: [] };
  const poll = () => {
    const button = document.querySelector('form.unlock button[type="submit"]');
    if (document.querySelector('#visit-code') && button && !button.disabled) {
      w.__bench.firstInteractive = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  let pending = null;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof Element && target.closest('.nav-next')) {
        pending = { start: event.timeStamp, title: document.querySelector('h1')?.textContent };
      }
    },
    true,
  );
  new MutationObserver(() => {
    if (!pending) return;
    const title = document.querySelector('h1')?.textContent;
    if (title === pending.title) return;
    const { start } = pending;
    pending = null;
    // The step is on screen at the next frame after the DOM changed.
    requestAnimationFrame(() => w.__bench.nexts.push({ to: title, ms: performance.now() - start }));
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(PROBE);
  return page;
}

async function measureFirstInteractive(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    // A new context each time: a cold cache, as after the tablet's browser restarts.
    const context = await browser.newContext({
      viewport: { width: 810, height: 1080 },
      hasTouch: true,
    });
    const page = await throttled(context);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.firstInteractive !== null);
    times.push(await page.evaluate(() => window.__bench.firstInteractive));
    await context.close();
  }
  return times;
}

async function answerStep(page) {
  // Questions below the first screenful are drawn just after it; answer once they all are.
  await page.locator('form[aria-busy="true"]').waitFor({ state: 'detached' });
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
}

async function measureNexts(browser, url) {
  const code = await createVisit(url);
  const context = await browser.newContext({
    viewport: { width: 810, height: 1080 },
    hasTouch: true,
  });
  const page = await throttled(context);
  await page.goto(`${url}/?code=${code}`);
  await page.getByLabel('Month').fill('04');
  await page.getByLabel('Day').fill('02');
  await page.getByLabel('Year').fill('1980');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Yes, that is me' }).click();
  const review = page.getByRole('heading', { level: 1, name: 'Check your answers' });
  for (let guard = 0; guard < 30 && !(await review.isVisible()); guard++) {
    await answerStep(page);
    const before = await page.evaluate(() => window.__bench.nexts.length);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction((n) => window.__bench.nexts.length > n, before);
  }
  const nexts = await page.evaluate(() => window.__bench.nexts);
  await context.close();
  return nexts;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const first = await measureFirstInteractive(browser, server.url);
  const nexts = await measureNexts(browser, server.url);
  const nextMs = nexts.map((n) => n.ms);
  const firstMedian = median(first);
  const nextMax = Math.max(...nextMs);
  // Other work on the machine slows every figure: say how busy it was.
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
  console.log(`intake at ${THROTTLE}x CPU throttling, 810x1080 touch (load average ${load})`);
  console.log(
    `  first question interactive: median ${firstMedian.toFixed(0)} ms, max ${Math.max(...first).toFixed(0)} ms over ${first.length} cold loads (target ${TARGET_FIRST_MS} ms) ${firstMedian <= TARGET_FIRST_MS ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  Next → next step drawn: median ${median(nextMs).toFixed(1)} ms, max ${nextMax.toFixed(1)} ms over ${nextMs.length} steps (target ${TARGET_NEXT_MS} ms) ${nextMax <= TARGET_NEXT_MS ? 'ok' : 'OVER'}`,
  );
  for (const n of nexts) console.log(`    ${n.ms.toFixed(1).padStart(6)} ms  → ${n.to}`);
} finally {
  await browser.close();
  await server.stop();
}
