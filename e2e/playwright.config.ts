// Drives the built product (one process serving API, tablet and staff apps) in Debian's Chromium,
// on a fresh embedded database for every run.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The web server inherits this environment: CI's DATABASE_URL (the API tests' server) would put
// every run on one shared, never-emptied database. Each run gets its own embedded one instead.
delete process.env.DATABASE_URL;
// Playwright evaluates this file again in each worker: only the first evaluation picks the folder.
if (!process.env.E2E_DATA_DIR) {
  rmSync(resolve(import.meta.dirname, '.data'), { recursive: true, force: true });
  process.env.E2E_DATA_DIR = resolve(import.meta.dirname, '.data', `run-${Date.now()}`);
}
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  // On CI one retry: a test that passes only on its retry is still named in the summary (FLAKY).
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./failure-digest.ts']],
  // Long journeys run axe on every screen; on 2 busy cores that alone can take a minute.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'pnpm --filter @preflight/api start',
    cwd: resolve(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'development',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every e2e request comes from 127.0.0.1: keep per-client throttles out of the way.
      LOGIN_FAILURES_PER_CLIENT: '10000',
      INTAKE_START_FAILURES_PER_CLIENT: '10000',
    },
  },
});
