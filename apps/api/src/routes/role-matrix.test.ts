// Who may call what: every route of the API contract (../shared/spec/workflow.md, "HTTP API"),
// called by each kind of caller, and the class of answer each must get.
//   anonymous and the tablet on staff routes: 401
//   nurse or clinician on admin routes: 403 (the admin screens are not secret, just not theirs)
//   an admin-only user on patient-data routes: 404 (the spec: "a record … the role may not read
//     is 404"; an admin sees no patient data unless also given a clinical role)
//   a nurse on sign-off: 403, because she can read the record, so hiding it would be pointless;
//     an admin-only user there: 404, as on every patient-data route
//   staff on tablet routes: 401 (a session cookie is not an intake token)
// "ok" means the caller got past authentication and authorisation: any answer below 500 other
// than 401, 403 and 404 (a 409 for a submission already claimed is the route working).
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import { aneurysmAnswers, exampleAnswers } from '../test/answers.js';
import {
  databaseKinds,
  logIn,
  startTestApp,
  type StaffClient,
  type TestContext,
} from '../test/test-app.js';

type Caller = 'anonymous' | 'tablet' | 'nurse' | 'clinician' | 'admin' | 'adminClinician';
type Expected = 'ok' | 401 | 403 | 404;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

const STAFF: Caller[] = ['nurse', 'clinician', 'admin', 'adminClinician'];
const CALLERS: Caller[] = ['anonymous', 'tablet', ...STAFF];

const anyone = (): Record<Caller, Expected> =>
  Object.fromEntries(CALLERS.map((c) => [c, 'ok'])) as Record<Caller, Expected>;
const anyStaff: Record<Caller, Expected> = {
  anonymous: 401,
  tablet: 401,
  nurse: 'ok',
  clinician: 'ok',
  admin: 'ok',
  adminClinician: 'ok',
};
const nursePlus: Record<Caller, Expected> = { ...anyStaff, admin: 404 };
const clinicianOnly: Record<Caller, Expected> = { ...nursePlus, nurse: 403 };
const adminOnly: Record<Caller, Expected> = { ...anyStaff, nurse: 403, clinician: 403 };
const tabletOnly: Record<Caller, Expected> = {
  anonymous: 401,
  tablet: 'ok',
  nurse: 401,
  clinician: 401,
  admin: 401,
  adminClinician: 401,
};

interface Fixture {
  siteId: string;
  visitId: string;
  submissionId: string;
  flagKey: string;
  evaluationId: string;
  victimId: string;
  startCode: string;
  startBirthDate: string;
  draftRevision: number;
}

interface Row {
  method: Method;
  path: (f: Fixture) => string;
  body?: (f: Fixture, caller: Caller) => unknown;
  headers?: (caller: Caller) => Record<string, string>;
  expected: Record<Caller, Expected>;
  /** callers for whom the row is not meaningful (sign-in is what anonymous callers do) */
  only?: Caller[];
}

const passwordOf = (caller: Caller) =>
  caller === 'adminClinician' ? ADMIN_CLINICIAN_PASSWORD : DEMO_PASSWORD;
const ADMIN_CLINICIAN_PASSWORD = 'violet orchard compass 8';
let unique = 0;

const ROUTES: Row[] = [
  // sign-in and the session
  {
    method: 'POST',
    path: () => '/api/auth/login',
    body: () => ({ email: 'nurse@demo.preflight', password: DEMO_PASSWORD }),
    expected: anyone(),
    only: ['anonymous'],
  },
  { method: 'GET', path: () => '/api/auth/me', expected: anyStaff },
  {
    method: 'POST',
    path: () => '/api/auth/unlock',
    body: (_f, caller) => ({ password: passwordOf(caller) }),
    expected: anyStaff,
  },
  {
    method: 'POST',
    path: () => '/api/auth/password',
    // a refused new password: past the guard, changes nothing
    body: (_f, caller) => ({ current: passwordOf(caller), next: 'short' }),
    expected: anyStaff,
  },
  { method: 'POST', path: () => '/api/auth/totp/enroll', expected: anyStaff },
  {
    method: 'POST',
    path: () => '/api/auth/totp/confirm',
    body: () => ({ totp: '000000' }),
    expected: anyStaff,
  },
  // lock and logout are run last, on sessions of their own (see below)

  // visits
  {
    method: 'POST',
    path: () => '/api/visits',
    body: () => ({
      patient: { givenName: 'Mat', familyName: `Rix${unique++}`, birthDate: '1985-05-05' },
      plannedTreatment: 'iv-ketamine',
    }),
    expected: nursePlus,
  },
  {
    method: 'PATCH',
    path: (f) => `/api/visits/${f.visitId}`,
    body: () => ({ plannedTreatment: 'esketamine-nasal' }),
    expected: nursePlus,
  },
  { method: 'POST', path: (f) => `/api/visits/${f.visitId}/code`, expected: nursePlus },
  { method: 'POST', path: (f) => `/api/visits/${f.visitId}/cancel`, expected: nursePlus },

  // the tablet
  {
    method: 'POST',
    path: () => '/api/intake/start',
    body: (f) => ({ code: f.startCode, birthDate: f.startBirthDate }),
    expected: anyone(),
  },
  {
    method: 'PUT',
    path: () => '/api/intake/draft',
    body: (f) => ({
      answers: {},
      step: 'about',
      language: 'en',
      revision: ++f.draftRevision,
    }),
    expected: tabletOnly,
  },
  {
    method: 'POST',
    path: () => '/api/intake/submit',
    body: () => ({ answers: exampleAnswers(), language: 'en' }),
    headers: () => ({ 'idempotency-key': `matrix-${unique++}` }),
    expected: tabletOnly,
  },
  { method: 'GET', path: () => '/api/questionnaire', expected: anyone() },
  { method: 'GET', path: () => '/api/questionnaire/fhir', expected: anyone() },
  { method: 'GET', path: () => '/api/health', expected: anyone() },

  // submissions
  { method: 'GET', path: () => '/api/submissions', expected: nursePlus },
  { method: 'GET', path: (f) => `/api/submissions/${f.submissionId}`, expected: nursePlus },
  { method: 'POST', path: (f) => `/api/submissions/${f.submissionId}/claim`, expected: nursePlus },
  {
    method: 'POST',
    path: (f) => `/api/submissions/${f.submissionId}/flags/${encodeURIComponent(f.flagKey)}/ack`,
    body: (f) => ({ evaluationId: f.evaluationId, note: 'Discussed with the patient.' }),
    expected: nursePlus,
  },
  {
    method: 'POST',
    path: (f) => `/api/submissions/${f.submissionId}/vitals`,
    body: () => ({ systolic: 128, diastolic: 82, heartRate: 72, arm: 'left' }),
    expected: nursePlus,
  },
  { method: 'POST', path: (f) => `/api/submissions/${f.submissionId}/ready`, expected: nursePlus },
  {
    method: 'POST',
    path: (f) => `/api/submissions/${f.submissionId}/sign-off`,
    body: (_f, caller) => ({
      decision: 'hold',
      note: 'Matrix check.',
      password: passwordOf(caller),
    }),
    expected: clinicianOnly,
  },
  {
    method: 'POST',
    path: (f) => `/api/submissions/${f.submissionId}/addenda`,
    body: () => ({ text: 'Matrix addendum.' }),
    expected: nursePlus,
  },
  { method: 'GET', path: (f) => `/api/submissions/${f.submissionId}/fhir`, expected: nursePlus },
  { method: 'GET', path: () => '/api/events', expected: nursePlus },

  // administration
  { method: 'GET', path: () => '/api/audit', expected: adminOnly },
  { method: 'GET', path: () => '/api/users', expected: adminOnly },
  {
    method: 'POST',
    path: () => '/api/users',
    body: () => ({
      email: `matrix${unique++}@demo.preflight`,
      displayName: 'Matrix Person',
      roles: ['nurse'],
    }),
    expected: adminOnly,
  },
  {
    method: 'PATCH',
    path: (f) => `/api/users/${f.victimId}`,
    body: (f) => ({ roles: ['nurse'], sites: [f.siteId], active: true }),
    expected: adminOnly,
  },
  {
    method: 'POST',
    path: (f) => `/api/users/${f.victimId}/reset-password`,
    expected: adminOnly,
  },
  { method: 'POST', path: (f) => `/api/users/${f.victimId}/reset-totp`, expected: adminOnly },
  { method: 'GET', path: () => '/api/sites', expected: adminOnly },
  {
    method: 'POST',
    path: () => '/api/sites',
    body: () => ({ name: `Matrix Clinic ${unique++}` }),
    expected: adminOnly,
  },
  {
    method: 'PATCH',
    path: (f) => `/api/sites/${f.siteId}`,
    body: () => ({ name: 'Demo Clinic' }),
    expected: adminOnly,
  },
  { method: 'GET', path: () => '/api/settings', expected: adminOnly },
  {
    method: 'PUT',
    path: () => '/api/settings',
    // unchanged from the demo seed, so nobody is sent to TOTP enrolment mid-test
    body: () => ({ totpRequiredRoles: [] }),
    expected: adminOnly,
  },
];

// These end or lock the session they are called with: each call gets a fresh one.
const LOCK: Row = { method: 'POST', path: () => '/api/auth/lock', expected: anyStaff };
const LOGOUT: Row = { method: 'POST', path: () => '/api/auth/logout', expected: anyStaff };
const OWN_SESSION = [LOCK, LOGOUT];

const placeholderFixture: Fixture = {
  siteId: ':siteId',
  visitId: ':visitId',
  submissionId: ':submissionId',
  flagKey: ':key',
  evaluationId: ':evaluationId',
  victimId: ':userId',
  startCode: '',
  startBirthDate: '',
  draftRevision: 0,
};

const cases = [...ROUTES, ...OWN_SESSION].flatMap((row) =>
  CALLERS.filter((caller) => !row.only || row.only.includes(caller)).map((caller) => ({
    row,
    caller,
    name: `${row.method} ${row.path(placeholderFixture)} as ${caller} → ${row.expected[caller]}`,
  })),
);

describe.each(databaseKinds)('role × route matrix on %s', (kind) => {
  let t: TestContext;
  let baseUrl: string;
  const f = { ...placeholderFixture };
  const clients = {} as Record<Exclude<Caller, 'anonymous' | 'tablet'>, StaffClient>;
  let draftToken = '';
  let submitTokens: string[] = [];

  async function newVisit(nurse: StaffClient, birthDate: string) {
    const created = await nurse.inject('POST', '/api/visits', {
      patient: { givenName: 'Mira', familyName: `Matrix${unique++}`, birthDate },
      plannedTreatment: 'iv-ketamine',
    });
    if (created.statusCode !== 201) throw new Error(`visit: ${created.statusCode} ${created.body}`);
    return created.json<{ visitId: string; code: string }>();
  }
  async function startIntake(code: string, birthDate: string) {
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code, birthDate },
    });
    return started.json<{ intakeToken: string }>().intakeToken;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    clients.nurse = await logIn(t.app, 'nurse@demo.preflight');
    clients.clinician = await logIn(t.app, 'clinician@demo.preflight');
    clients.admin = await logIn(t.app, 'admin@demo.preflight');
    f.siteId = (await clients.admin.inject('GET', '/api/sites')).json().items[0].id;

    // an admin who is also a clinician sees patient data
    const both = await clients.admin.inject('POST', '/api/users', {
      email: 'both@demo.preflight',
      displayName: 'Bea Both',
      roles: ['admin', 'clinician'],
      sites: [f.siteId],
    });
    const temporary = both.json<{ temporaryPassword: string }>().temporaryPassword;
    const first = await logIn(t.app, 'both@demo.preflight', temporary);
    await first.inject('POST', '/api/auth/password', {
      current: temporary,
      next: ADMIN_CLINICIAN_PASSWORD,
    });
    clients.adminClinician = await logIn(t.app, 'both@demo.preflight', ADMIN_CLINICIAN_PASSWORD);

    // a staff account for the admin rows to act on
    f.victimId = (
      await clients.admin.inject('POST', '/api/users', {
        email: 'victim@demo.preflight',
        displayName: 'Vic Tim',
        roles: ['nurse'],
        sites: [f.siteId],
      })
    ).json().user.id;

    const nurse = clients.nurse;
    f.visitId = (await newVisit(nurse, '1971-01-01')).visitId;
    const startVisit = await newVisit(nurse, '1972-02-02');
    f.startCode = startVisit.code;
    f.startBirthDate = '1972-02-02';
    const draftVisit = await newVisit(nurse, '1973-03-03');
    draftToken = await startIntake(draftVisit.code, '1973-03-03');
    // the tablet submits once per caller that may: each needs its own visit
    submitTokens = [];
    for (let i = 0; i < CALLERS.length; i++) {
      const visit = await newVisit(nurse, '1974-04-04');
      submitTokens.push(await startIntake(visit.code, '1974-04-04'));
    }

    const flagged = await newVisit(nurse, '1975-05-05');
    const token = await startIntake(flagged.code, '1975-05-05');
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/intake/submit',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'matrix-setup' },
      payload: { answers: aneurysmAnswers(), language: 'en' },
    });
    f.submissionId = submitted.json<{ submissionId: string }>().submissionId;
    const detail = (await nurse.inject('GET', `/api/submissions/${f.submissionId}`)).json<{
      flags?: Array<{ key: string; evaluationId?: string }>;
      currentEvaluationId?: string;
    }>();
    const flag = detail.flags?.[0];
    f.flagKey = flag?.key ?? 'unknown';
    f.evaluationId =
      flag?.evaluationId ?? detail.currentEvaluationId ?? '00000000-0000-4000-8000-000000000000';
  });
  afterAll(async () => t?.close());

  async function call(row: Row, caller: Caller): Promise<number> {
    const url = row.path(f);
    const headers: Record<string, string> = { ...row.headers?.(caller) };
    if (caller === 'tablet') {
      const token = url === '/api/intake/submit' ? (submitTokens.pop() ?? '') : draftToken;
      headers.authorization = `Bearer ${token}`;
    } else if (caller !== 'anonymous') {
      // lock and logout get a session of their own, so the other rows keep theirs
      const client = OWN_SESSION.includes(row)
        ? await logIn(
            t.app,
            caller === 'adminClinician' ? 'both@demo.preflight' : `${caller}@demo.preflight`,
            passwordOf(caller),
          )
        : clients[caller];
      headers.cookie = client.cookie;
      headers['x-csrf-token'] = client.csrfToken;
    }
    if (url === '/api/events') {
      // a stream never ends: read the status line, then hang up
      const abort = new AbortController();
      const response = await fetch(`${baseUrl}${url}`, { headers, signal: abort.signal });
      abort.abort();
      return response.status;
    }
    const body = row.body?.(f, caller);
    const response: LightMyRequestResponse = await t.app.inject({
      method: row.method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return response.statusCode;
  }

  it.each(cases)('$name', async ({ row, caller }) => {
    const status = await call(row, caller);
    const expected = row.expected[caller];
    if (expected === 'ok') {
      expect(status, `got ${status}`).toBeLessThan(500);
      expect([401, 403, 404], `got ${status}`).not.toContain(status);
    } else {
      expect(status).toBe(expected);
    }
  });
});
