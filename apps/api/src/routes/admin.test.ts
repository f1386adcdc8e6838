import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import { databaseKinds, logIn, useTestApp } from '../test/test-app.js';

interface UserView {
  id: string;
  email: string;
  roles: string[];
  siteIds: string[];
  active: boolean;
}
interface AuditItem {
  id: string;
  action: string;
  actorId: string | null;
  subjectId: string | null;
  detail: Record<string, unknown> | null;
}

describe.each(databaseKinds)('admin: staff accounts, sites, settings and audit on %s', (kind) => {
  const { t, logInAgain, admin } = useTestApp(kind, { staff: ['admin'] });
  let adminId: string;
  let siteId: string;

  const audit = async (query: string) =>
    (await admin.inject('GET', `/api/audit?${query}`)).json<{
      items: AuditItem[];
      nextCursor: string | null;
    }>();

  beforeAll(async () => {
    adminId = (await admin.inject('GET', '/api/auth/me')).json().user.id;
    siteId = (await admin.inject('GET', '/api/sites')).json().items[0].id;
  });

  it('lists staff accounts without password hashes or TOTP secrets', async () => {
    const response = await admin.inject('GET', '/api/users');
    expect(response.statusCode).toBe(200);
    const users = response.json<{ items: UserView[] }>().items;
    expect(users.map((u) => u.email).sort()).toEqual([
      'admin@demo.preflight',
      'clinician@demo.preflight',
      'nurse@demo.preflight',
    ]);
    expect(users[0]!.siteIds).toEqual([siteId]);
    expect(response.body).not.toMatch(/argon2|passwordHash|totpSecret/);
  });

  it('creates an account with a one-time temporary password that must be replaced first', async () => {
    const created = await admin.inject('POST', '/api/users', {
      email: 'New.Nurse@Demo.Preflight',
      displayName: 'Nia New',
      roles: ['nurse'],
      sites: [siteId],
    });
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json<{
      user: UserView & { passwordChangeRequired: boolean };
      temporaryPassword: string;
    }>();
    expect(user).toMatchObject({
      email: 'new.nurse@demo.preflight',
      roles: ['nurse'],
      siteIds: [siteId],
      active: true,
      passwordChangeRequired: true,
    });
    expect(temporaryPassword).toMatch(/^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);

    const rows = await audit(`subject=${user.id}`);
    expect(rows.items[0]).toMatchObject({ action: 'staff_user.created', actorId: adminId });
    expect(JSON.stringify(rows.items)).not.toContain(temporaryPassword);

    const nurse = await logIn(t.app, 'new.nurse@demo.preflight', temporaryPassword);
    const refused = await nurse.inject('GET', '/api/submissions');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.reason).toBe('password_change_required');
    const changed = await nurse.inject('POST', '/api/auth/password', {
      current: temporaryPassword,
      next: 'a calm morning at the lake',
    });
    expect(changed.statusCode).toBe(204);
    expect((await nurse.inject('GET', '/api/submissions')).statusCode).toBe(200);
  });

  it('refuses a duplicate email, an unknown site and a nurse without a site', async () => {
    const duplicate = await admin.inject('POST', '/api/users', {
      email: 'nurse@demo.preflight',
      displayName: 'Copy',
      roles: ['nurse'],
      sites: [siteId],
    });
    expect(duplicate.statusCode).toBe(409);
    const noSite = await admin.inject('POST', '/api/users', {
      email: 'someone@demo.preflight',
      displayName: 'Someone',
      roles: ['nurse'],
    });
    expect(noSite.statusCode).toBe(400);
    expect(noSite.json().error.fields[0].path).toBe('sites');
    const adminOnly = await admin.inject('POST', '/api/users', {
      email: 'auditor@demo.preflight',
      displayName: 'Audrey Auditor',
      roles: ['admin'],
    });
    expect(adminOnly.statusCode).toBe(201);
    const nurseId = (await admin.inject('GET', '/api/users'))
      .json<{ items: { id: string; email: string }[] }>()
      .items.find((u) => u.email === 'nurse@demo.preflight')!.id;
    const siteTakenAway = await admin.inject('PATCH', `/api/users/${nurseId}`, { sites: [] });
    expect(siteTakenAway.statusCode).toBe(400);
    const unknownSite = await admin.inject('POST', '/api/users', {
      email: 'someone@demo.preflight',
      displayName: 'Someone',
      roles: ['nurse'],
      sites: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownSite.statusCode).toBe(400);
    expect(unknownSite.json().error.fields[0].path).toBe('sites');
    const noRole = await admin.inject('POST', '/api/users', {
      email: 'someone@demo.preflight',
      displayName: 'Someone',
      roles: [],
    });
    expect(noRole.statusCode).toBe(400);
  });

  it('deactivating an account ends its sessions and refuses its sign-in', async () => {
    const created = (
      await admin.inject('POST', '/api/users', {
        email: 'leaving@demo.preflight',
        displayName: 'Lee Leaving',
        roles: ['clinician'],
        sites: [siteId],
      })
    ).json<{ user: UserView; temporaryPassword: string }>();
    const leaving = await logIn(t.app, 'leaving@demo.preflight', created.temporaryPassword);
    const patched = await admin.inject('PATCH', `/api/users/${created.user.id}`, { active: false });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().active).toBe(false);
    expect((await leaving.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'leaving@demo.preflight', password: created.temporaryPassword },
    });
    expect(again.statusCode).toBe(401);
    expect((await audit(`subject=${created.user.id}`)).items[0]).toMatchObject({
      action: 'staff_user.updated',
      detail: { active: false, endedSessions: 1 },
    });
  });

  it('changes roles and sites; a role change ends the person’s sessions', async () => {
    const users = (await admin.inject('GET', '/api/users')).json<{ items: UserView[] }>().items;
    const clinicianId = users.find((u) => u.email === 'clinician@demo.preflight')!.id;
    const clinician = await logIn(t.app, 'clinician@demo.preflight');
    const second = (await admin.inject('POST', '/api/sites', { name: 'North Clinic' })).json();
    const patched = await admin.inject('PATCH', `/api/users/${clinicianId}`, {
      roles: ['clinician', 'nurse'],
      sites: [siteId, second.id],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      roles: ['clinician', 'nurse'],
      siteIds: expect.arrayContaining([siteId, second.id]),
    });
    expect((await clinician.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await logIn(t.app, 'clinician@demo.preflight');
    expect((await again.inject('GET', '/api/auth/me')).json().sites).toHaveLength(2);
  });

  it('does not let an admin deactivate themselves or drop their own admin role', async () => {
    const self = await admin.inject('PATCH', `/api/users/${adminId}`, { active: false });
    expect(self.statusCode).toBe(409);
    const demote = await admin.inject('PATCH', `/api/users/${adminId}`, { roles: ['nurse'] });
    expect(demote.statusCode).toBe(409);
    // adding a clinical role is fine
    const both = await admin.inject('PATCH', `/api/users/${adminId}`, {
      roles: ['admin', 'clinician'],
    });
    expect(both.statusCode).toBe(200);
    await logInAgain('admin');
    expect((await admin.inject('GET', '/api/submissions')).statusCode).toBe(200);
    await admin.inject('PATCH', `/api/users/${adminId}`, { roles: ['admin'] });
    await logInAgain('admin');
  });

  it('resets a password: a temporary one, sessions ended, the old password dead', async () => {
    const users = (await admin.inject('GET', '/api/users')).json<{ items: UserView[] }>().items;
    const nurseId = users.find((u) => u.email === 'nurse@demo.preflight')!.id;
    const nurse = await logIn(t.app, 'nurse@demo.preflight');
    const reset = await admin.inject('POST', `/api/users/${nurseId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword } = reset.json<{ temporaryPassword: string }>();
    expect((await nurse.inject('GET', '/api/auth/me')).statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nurse@demo.preflight', password: DEMO_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    const fresh = await logIn(t.app, 'nurse@demo.preflight', temporaryPassword);
    expect((await fresh.inject('GET', '/api/auth/me')).json().user.passwordChangeRequired).toBe(
      true,
    );
    expect(
      (await admin.inject('POST', `/api/users/${crypto.randomUUID()}/reset-password`)).statusCode,
    ).toBe(404);
  });

  it('creates, lists and renames sites, each change audited', async () => {
    const created = await admin.inject('POST', '/api/sites', { name: '  South Clinic ' });
    expect(created.statusCode).toBe(201);
    const site = created.json<{ id: string; name: string }>();
    expect(site.name).toBe('South Clinic');
    const renamed = await admin.inject('PATCH', `/api/sites/${site.id}`, {
      name: 'South Clinic B',
    });
    expect(renamed.json().name).toBe('South Clinic B');
    const names = (await admin.inject('GET', '/api/sites'))
      .json<{ items: Array<{ name: string }> }>()
      .items.map((s) => s.name);
    expect(names).toContain('South Clinic B');
    expect((await audit(`subject=${site.id}`)).items.map((i) => i.action)).toEqual([
      'site.updated',
      'site.created',
    ]);
    expect(
      (await admin.inject('PATCH', `/api/sites/${crypto.randomUUID()}`, { name: 'X' })).statusCode,
    ).toBe(404);
    expect((await admin.inject('POST', '/api/sites', { name: '' })).statusCode).toBe(400);
  });

  it('pages through the audit log newest first, filtered by subject or actor', async () => {
    const site = (await admin.inject('POST', '/api/sites', { name: 'Busy Clinic' })).json();
    for (let i = 0; i < 54; i++)
      await admin.inject('PATCH', `/api/sites/${site.id}`, { name: `Busy Clinic ${i}` });
    const first = await audit(`subject=${site.id}`);
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const ids = first.items.map((i) => Number(i.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = await audit(`subject=${site.id}&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    expect(second.items.at(-1)!.action).toBe('site.created');
    expect(Number(second.items[0]!.id)).toBeLessThan(ids.at(-1)!);

    const byActor = await audit(`actor=${adminId}`);
    expect(byActor.items.every((i) => i.actorId === adminId)).toBe(true);
    expect((await admin.inject('GET', '/api/audit?cursor=abc')).statusCode).toBe(400);
  });

  it('documents the account, security and admin routes in the OpenAPI description', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/auth/lock',
        '/api/auth/unlock',
        '/api/auth/password',
        '/api/auth/totp/enroll',
        '/api/auth/totp/confirm',
        '/api/users',
        '/api/users/{id}',
        '/api/users/{id}/reset-password',
        '/api/users/{id}/reset-totp',
        '/api/sites',
        '/api/sites/{id}',
        '/api/settings',
        '/api/audit',
      ]),
    );
  });
});
