import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, staffUsers } from '../db/schema.js';
import { totpRequiredRoles } from '../domain/totp-settings.js';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import {
  databaseKinds,
  logIn,
  openTestDatabase,
  startTestApp,
  useTestApp,
  type TestContext,
} from '../test/test-app.js';

const MINUTE = 60_000;
const NURSE = 'nurse@demo.preflight';

function login(t: TestContext, payload: object, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers });
}

function withCookie(t: TestContext, cookie: string, csrfToken = '') {
  return (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrfToken },
      ...(payload ? { payload } : {}),
    });
}

const cookieOf = (response: { cookies: Array<{ name: string; value: string }> }) =>
  `${response.cookies[0]!.name}=${response.cookies[0]!.value}`;

describe.each(databaseKinds)('staff sessions on %s', (kind) => {
  const { t } = useTestApp(kind);

  it('sets an HttpOnly SameSite=Strict cookie and answers me with roles, sites and a CSRF token', async () => {
    const response = await login(t, { email: NURSE, password: DEMO_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies[0]!;
    expect(cookie).toMatchObject({ name: 'preflight_session', httpOnly: true, path: '/' });
    expect(cookie.sameSite).toBe('Strict');
    // 32 random bytes, base64url
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
    const me = await withCookie(t, cookieOf(response))('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: NURSE, roles: ['nurse'], passwordChangeRequired: false },
      roles: ['nurse'],
      sites: [{ name: 'Demo Clinic' }],
      csrfToken: response.json().csrfToken,
      locked: false,
      enrolmentOnly: false,
    });
  });

  it('refuses a wrong password with the same answer as an unknown account', async () => {
    const wrong = await login(t, { email: NURSE, password: 'not-the-password-at-all' });
    const unknown = await login(t, { email: 'nobody@demo.preflight', password: DEMO_PASSWORD });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('gives a new session id at every sign-in and ends the one the browser still had', async () => {
    const first = await login(t, { email: NURSE, password: DEMO_PASSWORD });
    const second = await login(
      t,
      { email: NURSE, password: DEMO_PASSWORD },
      { cookie: cookieOf(first) },
    );
    expect(second.cookies[0]!.value).not.toBe(first.cookies[0]!.value);
    expect((await withCookie(t, cookieOf(first))('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await withCookie(t, cookieOf(second))('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('stores only a hash of the session id', async () => {
    const response = await login(t, { email: NURSE, password: DEMO_PASSWORD });
    const value = response.cookies[0]!.value;
    const rows = await t.database.db.query.staffSessions.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.idHash === value || row.idHash.includes(value))).toBe(false);
  });

  it('refuses a state change without the CSRF token, or with another session’s token', async () => {
    const a = await logIn(t.app, NURSE);
    const b = await logIn(t.app, 'clinician@demo.preflight');
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: a.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('forbidden');
    const otherToken = await withCookie(t, a.cookie, b.csrfToken)('POST', '/api/auth/logout');
    expect(otherToken.statusCode).toBe(403);
    // still signed in
    expect((await a.inject('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('ends the session at logout: the cookie no longer works', async () => {
    const nurse = await logIn(t.app, NURSE);
    const out = await nurse.inject('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.cookies[0]).toMatchObject({ name: 'preflight_session', value: '' });
    expect((await nurse.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(401);
  });

  it('locks after 15 idle minutes: patient data needs the password again, me still answers', async () => {
    const nurse = await logIn(t.app, NURSE);
    t.clock.advance(14 * MINUTE);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);
    t.clock.advance(15 * MINUTE + 1000);
    const locked = await nurse.inject('GET', '/api/submissions');
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('session_locked');
    const me = await nurse.inject('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().locked).toBe(true);

    const wrong = await nurse.inject('POST', '/api/auth/unlock', {
      password: 'wrong-password-here',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([{ path: 'password', message: expect.any(String) }]);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(401);

    const unlocked = await nurse.inject('POST', '/api/auth/unlock', { password: DEMO_PASSWORD });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().locked).toBe(false);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);
  });

  it('locks on request at once (CSRF-checked): patient data needs the password again', async () => {
    const nurse = await logIn(t.app, NURSE);
    const other = await logIn(t.app, NURSE);
    expect((await withCookie(t, nurse.cookie)('POST', '/api/auth/lock')).statusCode).toBe(403);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);

    expect((await nurse.inject('POST', '/api/auth/lock')).statusCode).toBe(204);
    const locked = await nurse.inject('GET', '/api/submissions');
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('session_locked');
    expect((await nurse.inject('GET', '/api/auth/me')).json().locked).toBe(true);
    // locking again changes nothing; the same user's other session is not locked
    expect((await nurse.inject('POST', '/api/auth/lock')).statusCode).toBe(204);
    expect((await other.inject('GET', '/api/submissions')).statusCode).toBe(200);
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.locked'));
    expect(audited).toHaveLength(1);

    const unlocked = await nurse.inject('POST', '/api/auth/unlock', { password: DEMO_PASSWORD });
    expect(unlocked.json().locked).toBe(false);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);
    expect((await withCookie(t, '')('POST', '/api/auth/lock')).statusCode).toBe(401);
  });

  it('does not count polling me as activity', async () => {
    const nurse = await logIn(t.app, NURSE);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(5 * MINUTE);
      await nurse.inject('GET', '/api/auth/me');
    }
    expect((await nurse.inject('GET', '/api/submissions')).json().error.code).toBe(
      'session_locked',
    );
  });

  it('ends the session 12 hours after sign-in, however active', async () => {
    const nurse = await logIn(t.app, NURSE);
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      t.clock.advance(10 * MINUTE);
      expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);
    }
    t.clock.advance(10 * MINUTE);
    const ended = await nurse.inject('GET', '/api/submissions');
    expect(ended.statusCode).toBe(401);
    expect(ended.json().error.code).toBe('unauthorized');
  });

  it('keeps the event stream open to a locked session (counts and alerts carry no patient data)', async () => {
    const nurse = await logIn(t.app, NURSE);
    t.clock.advance(16 * MINUTE);
    expect((await nurse.inject('GET', '/api/submissions')).json().error.code).toBe(
      'session_locked',
    );
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const abort = new AbortController();
    const stream = await fetch(`${address}/api/events`, {
      headers: { cookie: nurse.cookie },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    abort.abort();
  });
});

describe.each(databaseKinds)('changing one’s own password on %s', (kind) => {
  const { t } = useTestApp(kind);

  it('checks the current password and the policy, then ends the other sessions', async () => {
    const here = await logIn(t.app, 'clinician@demo.preflight');
    const elsewhere = await logIn(t.app, 'clinician@demo.preflight');
    const next = 'violet harbour lantern 42';

    const wrongCurrent = await here.inject('POST', '/api/auth/password', {
      current: 'not my password',
      next,
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.fields[0].path).toBe('current');

    for (const weak of ['short pass', 'password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa']) {
      const refused = await here.inject('POST', '/api/auth/password', {
        current: DEMO_PASSWORD,
        next: weak,
      });
      expect(refused.statusCode, weak).toBe(400);
      expect(refused.json().error.fields[0].path).toBe('next');
    }

    const changed = await here.inject('POST', '/api/auth/password', {
      current: DEMO_PASSWORD,
      next,
    });
    expect(changed.statusCode).toBe(204);
    expect((await here.inject('GET', '/api/submissions')).statusCode).toBe(200);
    expect((await elsewhere.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    expect(
      (await login(t, { email: 'clinician@demo.preflight', password: DEMO_PASSWORD })).statusCode,
    ).toBe(401);
    expect((await login(t, { email: 'clinician@demo.preflight', password: next })).statusCode).toBe(
      200,
    );
  });
});

describe.each(databaseKinds)('sign-in throttling on %s', (kind) => {
  let t: TestContext;
  let second: TestContext;
  beforeAll(async () => {
    const env = { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_CLIENT: '5' };
    t = await startTestApp(kind, env);
    // A second API process on the same database: the counters are shared.
    second = await startTestApp(kind, env, t.database);
    second.clock.set(t.clock.now());
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it('refuses an account after its limit of failures in an hour, on every process', async () => {
    const from = (remoteAddress: string, password: string, ctx = t) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: NURSE, password },
      });
    expect((await from('10.0.0.1', 'wrong-one-password')).statusCode).toBe(401);
    expect((await from('10.0.0.2', 'wrong-two-password', second)).statusCode).toBe(401);
    expect((await from('10.0.0.3', 'wrong-three-password')).statusCode).toBe(401);
    const throttled = await from('10.0.0.4', DEMO_PASSWORD, second);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('rate_limited');
    // another account is not affected
    const clinician = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.0.0.4',
      payload: { email: 'clinician@demo.preflight', password: DEMO_PASSWORD },
    });
    expect(clinician.statusCode).toBe(200);
    t.clock.advance(61 * MINUTE);
    expect((await from('10.0.0.4', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a client address after its limit, whatever the account', async () => {
    for (let i = 0; i < 5; i++) {
      const failed = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: `guess${i}@demo.preflight`, password: 'guessing-a-password' },
      });
      expect(failed.statusCode).toBe(401);
    }
    const admin = { email: 'admin@demo.preflight', password: DEMO_PASSWORD };
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.9.9.9',
      payload: admin,
    });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.9.9.10',
      payload: admin,
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe.each(databaseKinds)('TOTP on %s', (kind) => {
  const { t, admin } = useTestApp(kind, { staff: ['admin'] });
  let secret = '';
  const code = (at = t.clock.now()) =>
    new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
      timestamp: at.getTime(),
    });

  it('requires TOTP for clinicians and admins by default (outside the demo)', async () => {
    const fresh = await openTestDatabase(kind);
    try {
      expect(await totpRequiredRoles(fresh.db)).toEqual(['clinician', 'admin']);
    } finally {
      await fresh.close();
    }
  });

  it('limits a required but unenrolled user to enrolment until they confirm a code', async () => {
    const put = await admin.inject('PUT', '/api/settings', { totpRequiredRoles: ['nurse'] });
    expect(put.statusCode).toBe(200);
    expect((await admin.inject('GET', '/api/settings')).json()).toEqual({
      totpRequiredRoles: ['nurse'],
    });

    const nurse = await logIn(t.app, NURSE);
    expect((await nurse.inject('GET', '/api/auth/me')).json().enrolmentOnly).toBe(true);
    const blocked = await nurse.inject('GET', '/api/submissions');
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('totp_required');

    const enrol = await nurse.inject('POST', '/api/auth/totp/enroll');
    expect(enrol.statusCode).toBe(200);
    const uri = OTPAuth.URI.parse(enrol.json().otpauthUri) as OTPAuth.TOTP;
    expect(enrol.json().otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Preflight:nurse%40demo\.preflight\?/,
    );
    expect(uri).toMatchObject({ issuer: 'Preflight', digits: 6, period: 30, algorithm: 'SHA1' });
    secret = uri.secret.base32;

    const wrong = await nurse.inject('POST', '/api/auth/totp/confirm', {
      totp: code().startsWith('0') ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);

    const confirmed = await nurse.inject('POST', '/api/auth/totp/confirm', { totp: code() });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ enrolmentOnly: false, user: { totpEnabled: true } });
    // the session is renewed: the enrolment-only cookie is dead
    expect(confirmed.cookies[0]!.value).not.toBe(nurse.cookie.split('=')[1]);
    expect((await nurse.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    const renewed = withCookie(t, cookieOf(confirmed));
    expect((await renewed('GET', '/api/submissions')).statusCode).toBe(200);
  });

  it('stores the secret encrypted, not as the base32 an authenticator app shows', async () => {
    const [row] = await t.database.db.select().from(staffUsers).where(eq(staffUsers.email, NURSE));
    expect(row!.totpSecret).toMatch(/^v2\./);
    expect(row!.totpSecret).not.toContain(secret);
    expect(row!.totpPendingSecret).toBeNull();
  });

  it('asks for the code at sign-in and never accepts the same code twice', async () => {
    // the code confirmed at enrolment is spent
    const replayed = await login(t, { email: NURSE, password: DEMO_PASSWORD, totp: code() });
    expect(replayed.statusCode).toBe(401);

    t.clock.advance(30_000);
    const missing = await login(t, { email: NURSE, password: DEMO_PASSWORD });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('totp_required');
    expect(missing.cookies).toHaveLength(0);

    const fresh = code();
    const ok = await login(t, { email: NURSE, password: DEMO_PASSWORD, totp: fresh });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().enrolmentOnly).toBe(false);
    const again = await login(t, { email: NURSE, password: DEMO_PASSWORD, totp: fresh });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('unauthorized');

    // a code from the previous 30 s step (clock drift) is fine when not yet used
    t.clock.advance(60_000);
    const previous = code(new Date(t.clock.now().getTime() - 30_000));
    expect(
      (await login(t, { email: NURSE, password: DEMO_PASSWORD, totp: previous })).statusCode,
    ).toBe(200);

    // two sign-ins racing with one code (e.g. a phished code): only one gets in
    t.clock.advance(30_000);
    const raced = code();
    const both = await Promise.all([
      login(t, { email: NURSE, password: DEMO_PASSWORD, totp: raced }),
      login(t, { email: NURSE, password: DEMO_PASSWORD, totp: raced }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('refuses a second enrolment; an admin reset ends the sessions and starts enrolment over', async () => {
    t.clock.advance(30_000);
    const signedIn = await login(t, { email: NURSE, password: DEMO_PASSWORD, totp: code() });
    const nurse = withCookie(t, cookieOf(signedIn), signedIn.json().csrfToken);
    expect((await nurse('POST', '/api/auth/totp/enroll')).statusCode).toBe(409);

    const users = (await admin.inject('GET', '/api/users')).json().items as Array<{
      id: string;
      email: string;
    }>;
    const nurseId = users.find((u) => u.email === NURSE)!.id;
    const reset = await admin.inject('POST', `/api/users/${nurseId}/reset-totp`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().totpEnabled).toBe(false);
    expect((await nurse('GET', '/api/auth/me')).statusCode).toBe(401);

    const after = await login(t, { email: NURSE, password: DEMO_PASSWORD });
    expect(after.statusCode).toBe(200);
    expect(after.json().enrolmentOnly).toBe(true);
  });

  it('ends the sessions of unenrolled members when their role starts requiring TOTP', async () => {
    const clinician = await logIn(t.app, 'clinician@demo.preflight');
    expect((await clinician.inject('GET', '/api/submissions')).statusCode).toBe(200);
    const put = await admin.inject('PUT', '/api/settings', {
      totpRequiredRoles: ['nurse', 'clinician'],
    });
    expect(put.statusCode).toBe(200);
    expect((await clinician.inject('GET', '/api/submissions')).statusCode).toBe(401);
    // the admin who made the change keeps their own session
    expect((await admin.inject('GET', '/api/settings')).statusCode).toBe(200);
  });
});
