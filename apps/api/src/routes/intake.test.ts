import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { idempotencyRecords } from '../db/schema.js';
import { hashRequestBody } from '../domain/with-idempotency.js';
import { databaseKinds, useTestApp } from '../test/test-app.js';
import { exampleAnswers, quietAnswers, urgentAnswers } from '../test/answers.js';
import { createVisit, startIntake, submit } from '../test/workflow.js';

const HOUR = 60 * 60 * 1000;

describe.each(databaseKinds)('the tablet intake on %s', (kind) => {
  const { t, logInAgain, nurse } = useTestApp(kind, { staff: ['nurse'] });

  const saveDraft = (token: string, revision: number, answers: unknown = {}) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/intake/draft',
      headers: { authorization: `Bearer ${token}` },
      payload: { answers, step: 'cardio.history', language: 'es', revision },
    });

  it('autosaves drafts, refuses stale revisions with the stored one, and resumes', async () => {
    const visit = await createVisit(nurse);
    const started = await startIntake(t.app, visit.code, visit.birthDate);
    expect(started.draft).toBeUndefined();
    expect((await saveDraft(started.intakeToken, 1)).statusCode).toBe(200);
    const answers = { cardio: { aneurysm: 'no' } };
    expect((await saveDraft(started.intakeToken, 3, answers)).statusCode).toBe(200);
    const stale = await saveDraft(started.intakeToken, 2);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_revision', currentRevision: 3 });
    const same = await saveDraft(started.intakeToken, 3);
    expect(same.json().error.code).toBe('stale_revision');

    const resumed = await startIntake(t.app, visit.code, visit.birthDate);
    expect(resumed.draft).toEqual({ answers, step: 'cardio.history', language: 'es', revision: 3 });
  });

  it('refuses draft values that are not valid, naming the item', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    const bad = await saveDraft(intakeToken, 1, { cardio: { aneurysm: 'maybe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('cardio.aneurysm');
  });

  it('purges drafts untouched for 24 hours', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    expect((await saveDraft(intakeToken, 5, { cardio: { aneurysm: 'no' } })).statusCode).toBe(200);
    t.clock.advance(25 * HOUR);
    await logInAgain('nurse');
    const reissued = await nurse.inject('POST', `/api/visits/${visit.visitId}/code`);
    const resumed = await startIntake(t.app, reissued.json().code, visit.birthDate);
    expect(resumed.draft).toBeUndefined();
    const rows = await t.database.db.execute(
      sql`select count(*)::int as n from drafts where visit_id = ${visit.visitId}`,
    );
    expect((rows as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
  });

  it('refuses an intake token unused for 24 hours', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    t.clock.advance(23 * HOUR);
    expect((await saveDraft(intakeToken, 1)).statusCode).toBe(200);
    t.clock.advance(23 * HOUR); // 46 h after start, 23 h after last use
    expect((await saveDraft(intakeToken, 2)).statusCode).toBe(200);
    t.clock.advance(25 * HOUR);
    expect((await saveDraft(intakeToken, 3)).statusCode).toBe(401);
    await logInAgain('nurse');
  });

  it('validates the submission for the visit, with linkId paths', async () => {
    const visit = await createVisit(nurse);
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    const answers = exampleAnswers();
    delete (answers.cardio as Record<string, unknown>).aneurysm;
    const response = await submit(t.app, intakeToken, answers);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'cardio.aneurysm' }),
    );
  });

  it('strips hidden answers instead of refusing, and evaluates the flags itself', async () => {
    const visit = await createVisit(nurse, 'iv-ketamine');
    const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
    const answers = quietAnswers();
    // hidden: nasal sprays (not esketamine), and a heart-attack year with heartAttack = no
    answers.meds = { takesAny: 'no', nasalSprays: 'yes' };
    (answers.cardio as Record<string, unknown>).heartAttackYear = 2001;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/intake/submit',
      headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': 'strip-1' },
      // the tablet's opinion about flags is ignored
      payload: { answers, language: 'en', flags: [] },
    });
    expect(response.statusCode).toBe(201);
    const detail = await nurse.inject('GET', `/api/submissions/${response.json().submissionId}`);
    const body = detail.json();
    expect(body.answers.meds).toEqual({ takesAny: 'no' });
    expect(body.answers.cardio.heartAttackYear).toBeUndefined();
    expect(body.flags.map((f: { ruleId: string }) => f.ruleId)).not.toContain(
      'meds.nasal-spray-timing',
    );
    expect(body.evaluations[0]).toMatchObject({
      ruleSetVersion: expect.any(String),
      questionnaireVersion: expect.any(String),
    });
  });

  describe('Idempotency-Key', () => {
    it('is required', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/intake/submit',
        headers: { authorization: `Bearer ${intakeToken}` },
        payload: { answers: quietAnswers(), language: 'en' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('idempotency_key_missing');
    });

    it('replays the stored response for the same key and body; other keys get already_submitted', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      const first = await submit(t.app, intakeToken, urgentAnswers(), 'same-key');
      const again = await submit(t.app, intakeToken, urgentAnswers(), 'same-key');
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(again.headers['idempotent-replayed']).toBe('true');
      const other = await submit(t.app, intakeToken, urgentAnswers(), 'another-key');
      expect(other.statusCode).toBe(409);
      expect(other.json().error.code).toBe('already_submitted');
    });

    it('refuses the same key with another body (422)', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      expect((await submit(t.app, intakeToken, quietAnswers(), 'k-422')).statusCode).toBe(201);
      const changed = await submit(t.app, intakeToken, urgentAnswers(), 'k-422');
      expect(changed.statusCode).toBe(422);
      expect(changed.json().error.code).toBe('idempotency_key_reused');
    });

    it('answers 409 while the first request with the key is still running', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      const payload = { answers: quietAnswers(), language: 'en' };
      // The first request's claim, as another API process holds it mid-flight.
      await t.database.db.insert(idempotencyRecords).values({
        scope: `intake-submit:${visit.visitId}`,
        key: 'in-flight',
        requestHash: hashRequestBody(payload),
        state: 'running',
        createdAt: t.clock.now(),
      });
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/intake/submit',
        headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': 'in-flight' },
        payload,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('conflict');
    });

    it('runs a key whose first request died mid-flight more than a minute ago', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      const payload = { answers: quietAnswers(), language: 'en' };
      const claimedAt = (secondsAgo: number) =>
        new Date(t.clock.now().getTime() - secondsAgo * 1000);
      await t.database.db.insert(idempotencyRecords).values([
        {
          scope: `intake-submit:${visit.visitId}`,
          key: 'died-59s-ago',
          requestHash: hashRequestBody(payload),
          state: 'running',
          createdAt: claimedAt(59),
        },
        {
          scope: `intake-submit:${visit.visitId}`,
          key: 'died-61s-ago',
          requestHash: hashRequestBody(payload),
          state: 'running',
          createdAt: claimedAt(61),
        },
      ]);
      const send = (key: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/intake/submit',
          headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': key },
          payload,
        });
      expect((await send('died-59s-ago')).statusCode).toBe(409);
      const retried = await send('died-61s-ago');
      expect(retried.statusCode).toBe(201);
      expect((await send('died-61s-ago')).json()).toEqual(retried.json());
    });

    it('checks the tablet session before the key, and refuses a key too long', async () => {
      const visit = await createVisit(nurse);
      const { intakeToken } = await startIntake(t.app, visit.code, visit.birthDate);
      const payload = { answers: quietAnswers(), language: 'en' };
      const noSession = await t.app.inject({
        method: 'POST',
        url: '/api/intake/submit',
        headers: { authorization: 'Bearer not-a-token' },
        payload,
      });
      expect(noSession.statusCode).toBe(401);
      const tooLong = await t.app.inject({
        method: 'POST',
        url: '/api/intake/submit',
        headers: { authorization: `Bearer ${intakeToken}`, 'idempotency-key': 'k'.repeat(201) },
        payload,
      });
      expect(tooLong.statusCode).toBe(400);
      const stored = await t.database.db
        .select()
        .from(idempotencyRecords)
        .where(eq(idempotencyRecords.scope, `intake-submit:${visit.visitId}`));
      expect(stored).toEqual([]);
    });
  });
});
