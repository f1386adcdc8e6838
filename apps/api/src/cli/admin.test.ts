import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.js';
import { auditEvents, staffUsers } from '../db/schema.js';
import { ManualClock } from '../lib/clock.js';
import { verifyPassword } from '../lib/passwords.js';
import { databaseKinds, openTestDatabase } from '../test/test-app.js';
import { runAdminCli } from './admin.js';

describe.each(databaseKinds)('the first-admin CLI on %s', (kind) => {
  let database: DatabaseHandle;
  // the CLI closes the handle it opens; the test keeps its own open
  const openDb = async () => ({ ...database, close: async () => {} });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => database?.close());

  function run(argv: string[], password: string) {
    const out: string[] = [];
    const err: string[] = [];
    const result = runAdminCli(
      argv,
      { readPassword: async () => password, out: (l) => out.push(l), err: (l) => err.push(l) },
      openDb,
      new ManualClock(),
    );
    return result.then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
  }

  it('creates an admin with the given password and prints nothing secret', async () => {
    const password = 'north river quiet lamp';
    const result = await run(
      ['create', '--email', 'Ada@Clinic.org', '--name', 'Ada Admin'],
      password,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('ada@clinic.org');
    expect(`${result.out}${result.err}`).not.toContain(password);
    const [user] = await database.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, 'ada@clinic.org'));
    expect(user).toMatchObject({ roles: ['admin'], active: true, passwordChangeRequired: false });
    expect(await verifyPassword(user!.passwordHash, password)).toBe(true);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, user!.id));
    expect(audit).toEqual([
      expect.objectContaining({ action: 'staff_user.created', actorType: 'system' }),
    ]);
  });

  it('refuses a weak password and creates nothing', async () => {
    const result = await run(
      ['create', '--email', 'bo@clinic.org', '--name', 'Bo'],
      'password1234',
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/too common/);
    expect(result.err).not.toContain('password1234');
    const rows = await database.db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, 'bo@clinic.org'));
    expect(rows).toHaveLength(0);
  });

  it('refuses a second account with the same email', async () => {
    const result = await run(
      ['create', '--email', 'ada@clinic.org', '--name', 'Ada Again'],
      'another fine passphrase',
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/already exists/);
  });

  it('explains its usage when arguments are missing', async () => {
    expect((await run(['create', '--email', 'x@clinic.org'], 'whatever passphrase')).code).toBe(2);
    expect((await run(['remove', '--email', 'x@clinic.org', '--name', 'X'], '')).err).toMatch(
      /Usage/,
    );
    expect((await run(['create', '--email', 'not-an-email', '--name', 'X'], '')).code).toBe(2);
  });
});
