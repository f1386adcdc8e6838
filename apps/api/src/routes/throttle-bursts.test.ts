// Throttles under a burst: many wrong attempts at once, split across two API processes on one
// database, must let exactly the limit through (the count is checked and taken in one step).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginFailures } from '../db/schema.js';
import { accountBucket } from '../domain/failure-counters.js';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import { databaseKinds, logIn, startTestApp, type TestContext } from '../test/test-app.js';

const BURST = 30;
const MINUTE = 60_000;

const statuses = (responses: Array<{ statusCode: number }>) => {
  const tally: Record<number, number> = {};
  for (const { statusCode } of responses) tally[statusCode] = (tally[statusCode] ?? 0) + 1;
  return tally;
};

describe.each(databaseKinds)('throttles under a burst of concurrent attempts on %s', (kind) => {
  const env = {
    LOGIN_FAILURES_PER_ACCOUNT: '5',
    LOGIN_FAILURES_PER_CLIENT: '7',
    INTAKE_START_FAILURES_PER_CODE: '4',
    INTAKE_START_FAILURES_PER_CLIENT: '6',
  };
  let t: TestContext;
  // a second API process on the same database
  let other: TestContext;
  const processFor = (i: number) => (i % 2 === 0 ? t : other);

  beforeAll(async () => {
    t = await startTestApp(kind, env);
    other = await startTestApp(kind, env, t.database);
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  const failuresIn = async (bucket: string) =>
    (await t.database.db.select().from(loginFailures).where(eq(loginFailures.bucket, bucket)))
      .length;

  it('lets exactly the per-account limit of wrong passwords through', async () => {
    const email = 'nurse@demo.preflight';
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        processFor(i).app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: `10.40.0.${i + 1}`,
          payload: { email, password: `wrong-password-${i}` },
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 5, 429: BURST - 5 });
    expect(await failuresIn(accountBucket(email))).toBe(5);
    // and the right password is refused too until the hour has passed
    const right = { email, password: DEMO_PASSWORD };
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: right });
    expect(refused.statusCode).toBe(429);
  });

  it('lets exactly the per-client limit through, whatever the accounts', async () => {
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        processFor(i).app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.41.0.1',
          payload: { email: `guess${i}@demo.preflight`, password: 'guessing-a-password' },
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 7, 429: BURST - 7 });
  });

  it('counts a burst of wrong unlock passwords against the account, exactly', async () => {
    const clinician = await logIn(t.app, 'clinician@demo.preflight');
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        processFor(i).app.inject({
          method: 'POST',
          url: '/api/auth/unlock',
          headers: { cookie: clinician.cookie, 'x-csrf-token': clinician.csrfToken },
          payload: { password: `wrong-password-${i}` },
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 400: 5, 429: BURST - 5 });
    expect(await failuresIn(accountBucket('clinician@demo.preflight'))).toBe(5);
  });

  it('lets exactly the per-code limit of wrong birth dates through, then the window passes', async () => {
    t.clock.advance(61 * MINUTE);
    other.clock.set(t.clock.now());
    const nurse = await logIn(t.app, 'nurse@demo.preflight');
    const created = await nurse.inject('POST', '/api/visits', {
      patient: { givenName: 'Bea', familyName: 'Burst', birthDate: '1980-08-08' },
      plannedTreatment: 'iv-ketamine',
    });
    const { code } = created.json<{ code: string }>();
    const start = (ctx: TestContext, birthDate: string, remoteAddress: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/intake/start',
        remoteAddress,
        payload: { code, birthDate },
      });
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        start(processFor(i), `1980-08-${String(9 + (i % 20)).padStart(2, '0')}`, `10.42.0.${i}`),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 4, 429: BURST - 4 });
    t.clock.advance(16 * MINUTE);
    other.clock.set(t.clock.now());
    expect((await start(t, '1980-08-08', '10.42.1.1')).statusCode).toBe(200);
  });

  it('lets exactly the per-client limit of wrong intake codes through', async () => {
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        processFor(i).app.inject({
          method: 'POST',
          url: '/api/intake/start',
          remoteAddress: '10.43.0.1',
          payload: { code: `QQ${1000 + i}`, birthDate: '1980-01-01' },
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 6, 429: BURST - 6 });
  });
});
