// Rotating TOTP_ENCRYPTION_KEY: secrets sealed with the old key keep working while it is listed in
// TOTP_ENCRYPTION_KEYS_OLD, and are resealed with the new key as they are used.
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { runAdminCli } from '../cli/admin.js';
import { ManualClock } from '../lib/clock.js';
import { decryptSecret, encryptSecret, keyId } from '../lib/secrets.js';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import {
  databaseKinds,
  logIn,
  openTestDatabase,
  startTestApp,
  type TestContext,
} from '../test/test-app.js';

const NURSE = 'nurse@demo.preflight';
const OLD_KEY = Buffer.alloc(32, 7);
const NEW_KEY = Buffer.alloc(32, 9);

describe.each(databaseKinds)('TOTP key rotation on %s', (kind) => {
  let database: DatabaseHandle;
  let secret = '';
  // each app below starts a minute after the last, so every sign-in has an unspent code
  let at = new Date('2026-01-15T09:00:00.000Z');

  const app = async (env: Record<string, string>) => {
    const ctx = await startTestApp(kind, env, database);
    at = new Date(at.getTime() + 60_000);
    ctx.clock.set(at);
    return ctx;
  };
  const signIn = (ctx: TestContext) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        email: NURSE,
        password: DEMO_PASSWORD,
        totp: new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
          timestamp: ctx.clock.now().getTime(),
        }),
      },
    });
  const storedSecret = async () =>
    (
      await database.db
        .select({ totpSecret: staffUsers.totpSecret })
        .from(staffUsers)
        .where(eq(staffUsers.email, NURSE))
    )[0]!.totpSecret!;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const before = await app({ TOTP_ENCRYPTION_KEY: OLD_KEY.toString('base64') });
    try {
      const nurse = await logIn(before.app, NURSE);
      const enrol = await nurse.inject('POST', '/api/auth/totp/enroll');
      secret = (OTPAuth.URI.parse(enrol.json().otpauthUri) as OTPAuth.TOTP).secret.base32;
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
        timestamp: before.clock.now().getTime(),
      });
      const confirmed = await nurse.inject('POST', '/api/auth/totp/confirm', { totp: code });
      if (confirmed.statusCode !== 200) throw new Error(`confirm: ${confirmed.body}`);
    } finally {
      await before.close();
    }
  });
  afterAll(async () => database?.close());

  it('names the sealing key beside the ciphertext', async () => {
    expect(await storedSecret()).toMatch(new RegExp(`^v2\\.${keyId(OLD_KEY)}\\.`));
  });

  /** Signs in on an app started with these keys; the status code. */
  async function signInWithKeys(env: Parameters<typeof app>[0]) {
    const ctx = await app(env);
    try {
      return (await signIn(ctx)).statusCode;
    } finally {
      await ctx.close();
    }
  }

  it('cannot read a secret sealed with a key it was not given', async () => {
    expect(await signInWithKeys({ TOTP_ENCRYPTION_KEY: NEW_KEY.toString('hex') })).toBe(500);
  });

  it('reads it with the old key listed, and reseals it with the new key at sign-in', async () => {
    const status = await signInWithKeys({
      TOTP_ENCRYPTION_KEY: NEW_KEY.toString('base64'),
      TOTP_ENCRYPTION_KEYS_OLD: `${Buffer.alloc(32, 3).toString('base64')}, ${OLD_KEY.toString('hex')}`,
    });
    expect(status).toBe(200);
    expect(await storedSecret()).toMatch(new RegExp(`^v2\\.${keyId(NEW_KEY)}\\.`));
  });

  it('needs only the new key once the secret was resealed', async () => {
    expect(await signInWithKeys({ TOTP_ENCRYPTION_KEY: NEW_KEY.toString('base64') })).toBe(200);
  });

  it('reseals every remaining secret with the admin CLI, so the old key can go', async () => {
    const old = { current: OLD_KEY, previous: [] };
    await database.db
      .update(staffUsers)
      .set({ totpSecret: encryptSecret(old, 'JBSWY3DPEHPK3PXP'), totpEnabledAt: at })
      .where(eq(staffUsers.email, 'admin@demo.preflight'));
    await database.db
      .update(staffUsers)
      .set({ totpPendingSecret: encryptSecret(old, 'KRSXG5CTMVRXEZLU') })
      .where(eq(staffUsers.email, 'clinician@demo.preflight'));
    const out: string[] = [];
    const reseal = (previous: Buffer[]) =>
      runAdminCli(
        ['reseal-totp'],
        { readPassword: async () => '', out: (line) => out.push(line), err: () => {} },
        // the CLI closes the handle it opens; the test keeps its own open
        async () => ({ ...database, close: async () => {} }),
        new ManualClock(),
        () => ({ current: NEW_KEY, previous }),
      );

    await expect(reseal([])).rejects.toThrow(/TOTP_ENCRYPTION_KEYS_OLD/);
    expect(await reseal([OLD_KEY])).toBe(0);
    // the nurse's secret was already resealed at sign-in
    expect(out.join('\n')).toContain('2 account(s)');

    const rows = await database.db
      .select({ secret: staffUsers.totpSecret, pending: staffUsers.totpPendingSecret })
      .from(staffUsers);
    const stored = rows.flatMap((row) => [row.secret, row.pending]).filter((v) => v !== null);
    expect(stored).toHaveLength(3);
    const newOnly = { current: NEW_KEY, previous: [] };
    for (const value of stored) expect(value.startsWith(`v2.${keyId(NEW_KEY)}.`)).toBe(true);
    expect(stored.map((value) => decryptSecret(newOnly, value))).toEqual(
      expect.arrayContaining(['JBSWY3DPEHPK3PXP', 'KRSXG5CTMVRXEZLU', secret]),
    );
    expect(await reseal([OLD_KEY])).toBe(0);
    expect(out.at(-2)).toContain('0 account(s)');
  });
});
