import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestApp } from '../test/test-app.js';
import { aneurysmAnswers } from '../test/answers.js';

describe.each(databaseKinds)('the skeleton path on %s', (kind) => {
  const { t, nurse } = useTestApp(kind, { staff: ['nurse'] });

  it('goes from a new visit to a flagged submission in the triage list', async () => {
    const created = await nurse.inject('POST', '/api/visits', {
      patient: { givenName: 'Ana', familyName: 'Lopez', birthDate: '1980-04-02' },
      plannedTreatment: 'iv-ketamine',
    });
    expect(created.statusCode).toBe(201);
    const { code } = created.json<{ code: string }>();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

    const started = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code: code.toLowerCase(), birthDate: '1980-04-02' },
    });
    expect(started.statusCode).toBe(200);
    const { intakeToken, visit } = started.json<{
      intakeToken: string;
      visit: { givenName: string };
    }>();
    expect(visit.givenName).toBe('Ana');

    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/intake/submit',
      headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': 'skeleton-1' },
      payload: { answers: aneurysmAnswers(), language: 'en' },
    });
    expect(submitted.statusCode).toBe(201);
    const { submissionId } = submitted.json<{ submissionId: string }>();

    const list = await nurse.inject('GET', '/api/submissions');
    expect(list.statusCode).toBe(200);
    const item = list
      .json<{ items: Array<{ id: string; openFlags: { review: number } }> }>()
      .items.find((i) => i.id === submissionId);
    expect(item?.openFlags.review).toBeGreaterThanOrEqual(1);

    const detail = await nurse.inject('GET', `/api/submissions/${submissionId}`);
    expect(detail.statusCode).toBe(200);
    const flags = detail.json<{ flags: Array<{ ruleId: string; contraindication: boolean }> }>()
      .flags;
    expect(flags).toContainEqual(
      expect.objectContaining({ ruleId: 'cardio.aneurysm', contraindication: true }),
    );
  });

  it('answers a wrong code and a wrong birth date identically', async () => {
    const created = await nurse.inject('POST', '/api/visits', {
      patient: { givenName: 'Ben', familyName: 'Okafor', birthDate: '1975-01-30' },
      plannedTreatment: 'esketamine-nasal',
    });
    const { code } = created.json<{ code: string }>();
    const wrongDate = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code, birthDate: '1975-01-31' },
    });
    const wrongCode = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code: 'ZZZZZZ', birthDate: '1975-01-30' },
    });
    expect(wrongDate.statusCode).toBe(401);
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongDate.body).toBe(wrongCode.body);
  });

  it('refuses staff routes without a session and state changes without the CSRF token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/submissions' })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/visits',
      headers: { cookie: nurse.cookie },
      payload: {
        patient: { givenName: 'C', familyName: 'D', birthDate: '1990-01-01' },
        plannedTreatment: 'other',
      },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  });
});
