// Test harness: the real app on a fresh database (a PGlite copy, or a new PostgreSQL database when
// DATABASE_URL is set), a manual clock, and helpers that act like the two clients.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { ManualClock } from '../lib/clock.js';
import { DEMO_PASSWORD, seedDemo } from '../seed/seed-demo.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Every API test file runs on PGlite, and on PostgreSQL too when DATABASE_URL is set (CI). */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ kind: 'pglite', loadDataDir: template });
  }
  const adminUrl = process.env.DATABASE_URL!;
  const name = `preflight_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface TestContext {
  app: App;
  database: DatabaseHandle;
  clock: ManualClock;
  close(): Promise<void>;
}

export async function startTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  database?: DatabaseHandle,
): Promise<TestContext> {
  const db = database ?? (await openTestDatabase(kind));
  const clock = new ManualClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_INTAKE_DIR: '/nonexistent',
    WEB_STAFF_DIR: '/nonexistent',
    ...env,
  });
  await seedDemo(db.db, clock.now());
  const app = await buildApp({ config, database: db, clock });
  await app.ready();
  return {
    app,
    database: db,
    clock,
    async close() {
      await app.close();
      if (!database) await db.close();
    },
  };
}

export interface StaffClient {
  cookie: string;
  csrfToken: string;
  inject(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
}

export async function logIn(
  app: App,
  email: string,
  password = DEMO_PASSWORD,
): Promise<StaffClient> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies[0]!;
  const cookie = `${setCookie.name}=${setCookie.value}`;
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return {
    cookie,
    csrfToken,
    inject: (method, url, payload) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
  };
}

export type DemoStaff = 'nurse' | 'clinician' | 'admin';

/**
 * One app for a describe block: started before its tests with the named demo staff logged in,
 * closed after them. The returned app and clients are usable from inside the tests.
 */
export function useTestApp<Staff extends DemoStaff = never>(
  kind: DatabaseKind,
  options: { env?: Record<string, string>; staff?: readonly Staff[] } = {},
): { t: TestContext; logInAgain(who: Staff): Promise<void> } & Record<Staff, StaffClient> {
  let context: TestContext | undefined;
  const clients = new Map<DemoStaff, StaffClient>();
  const started = () => {
    if (!context) throw new Error('the test app is used before it started');
    return context;
  };
  beforeAll(async () => {
    context = await startTestApp(kind, options.env);
    for (const who of options.staff ?? []) {
      clients.set(who, await logIn(context.app, `${who}@demo.preflight`));
    }
  });
  afterAll(async () => context?.close());

  const t: TestContext = {
    get app() {
      return started().app;
    },
    get database() {
      return started().database;
    },
    get clock() {
      return started().clock;
    },
    close: () => started().close(),
  };
  const loggedIn = (who: DemoStaff): StaffClient => {
    const client = () => {
      const found = clients.get(who);
      if (!found) throw new Error(`${who} is used before logging in`);
      return found;
    };
    return {
      get cookie() {
        return client().cookie;
      },
      get csrfToken() {
        return client().csrfToken;
      },
      inject: (method, url, payload) => client().inject(method, url, payload),
    };
  };
  const staff = Object.fromEntries(
    (options.staff ?? []).map((who) => [who, loggedIn(who)]),
  ) as Record<Staff, StaffClient>;
  // After a test ends sessions (clock moved on, roles changed), the next tests need a fresh one.
  const logInAgain = async (who: Staff) => {
    clients.set(who, await logIn(started().app, `${who}@demo.preflight`));
  };
  return { t, logInAgain, ...staff };
}
