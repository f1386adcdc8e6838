import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestApp } from '../test/test-app.js';
import { quietAnswers } from '../test/answers.js';
import { createVisit, startIntake, submit } from '../test/workflow.js';

const HOUR = 60 * 60 * 1000;

describe.each(databaseKinds)('visits on %s', (kind) => {
  const { t, logInAgain, nurse, admin } = useTestApp(kind, { staff: ['nurse', 'admin'] });

  it('lists open visits waiting for the tablet, and not cancelled ones', async () => {
    const waiting = await createVisit(nurse);
    const cancelled = await createVisit(nurse);
    await nurse.inject('POST', `/api/visits/${cancelled.visitId}/cancel`);
    const list = await nurse.inject('GET', '/api/visits?status=open');
    expect(list.statusCode).toBe(200);
    const ids = list.json<{ items: Array<{ visitId: string }> }>().items.map((v) => v.visitId);
    expect(ids).toContain(waiting.visitId);
    expect(ids).not.toContain(cancelled.visitId);
    // an admin-only user sees no patient data: the list does not exist for them
    expect((await admin.inject('GET', '/api/visits')).statusCode).toBe(404);
  });

  it('corrects patient details before submission and refuses after', async () => {
    const visit = await createVisit(nurse);
    const fixed = await nurse.inject('PATCH', `/api/visits/${visit.visitId}`, {
      patient: { givenName: 'Corrected', birthDate: '1971-01-02' },
      plannedTreatment: 'esketamine-nasal',
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({
      patient: { givenName: 'Corrected', birthDate: '1971-01-02' },
      plannedTreatment: 'esketamine-nasal',
    });
    // the tablet now needs the corrected birth date
    const { intakeToken } = await startIntake(t.app, visit.code, '1971-01-02');
    expect((await submit(t.app, intakeToken, quietAnswers())).statusCode).toBe(201);
    const late = await nurse.inject('PATCH', `/api/visits/${visit.visitId}`, {
      plannedTreatment: 'other',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('conflict');
  });

  it('refuses invalid corrections and unknown visits', async () => {
    const visit = await createVisit(nurse);
    const bad = await nurse.inject('PATCH', `/api/visits/${visit.visitId}`, {
      patient: { birthDate: 'yesterday' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('patient.birthDate');
    const missing = await nurse.inject(
      'PATCH',
      '/api/visits/00000000-0000-4000-8000-000000000000',
      {
        plannedTreatment: 'other',
      },
    );
    expect(missing.statusCode).toBe(404);
  });

  it('reissues the code after it expires; tokens already issued keep working', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    t.clock.advance(5 * HOUR);
    const expired = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code: visit.code, birthDate: visit.birthDate },
    });
    expect(expired.statusCode).toBe(401);
    // the nurse's session locked while the clock moved: sign in again
    await logInAgain('nurse');
    const reissued = await nurse.inject('POST', `/api/visits/${visit.visitId}/code`);
    expect(reissued.statusCode).toBe(201);
    const { code, expiresAt } = reissued.json<{ code: string; expiresAt: string }>();
    expect(code).not.toBe(visit.code);
    expect(Date.parse(expiresAt) - t.clock.now().getTime()).toBe(4 * HOUR);
    await startIntake(t.app, code, visit.birthDate);
    const draft = await t.app.inject({
      method: 'PUT',
      url: '/api/intake/draft',
      headers: { authorization: `Bearer ${intakeToken}` },
      payload: { answers: {}, step: 'about.body', language: 'en', revision: 1 },
    });
    expect(draft.statusCode).toBe(200);
  });

  it('cancels a visit: its queued submission gets 410 and its code stops working', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    const cancelled = await nurse.inject('POST', `/api/visits/${visit.visitId}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    const queued = await submit(t.app, intakeToken, quietAnswers());
    expect(queued.statusCode).toBe(410);
    expect(queued.json().error.code).toBe('visit_cancelled');
    const restart = await t.app.inject({
      method: 'POST',
      url: '/api/intake/start',
      payload: { code: visit.code, birthDate: visit.birthDate },
    });
    expect(restart.statusCode).toBe(401);
    expect((await nurse.inject('POST', `/api/visits/${visit.visitId}/code`)).statusCode).toBe(409);
  });

  it('refuses to cancel a submitted visit', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    expect((await submit(t.app, intakeToken, quietAnswers())).statusCode).toBe(201);
    const cancel = await nurse.inject('POST', `/api/visits/${visit.visitId}/cancel`);
    expect(cancel.statusCode).toBe(409);
  });
});
