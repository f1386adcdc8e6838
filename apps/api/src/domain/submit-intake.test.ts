// A visit that staff cancel or change while the tablet's submission is on its way: the submission
// was checked against the visit as its token lookup read it, and must not land on what it became.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { drafts, submissions, visits } from '../db/schema.js';
import { databaseKinds, useTestApp } from '../test/test-app.js';
import { exampleAnswers } from '../test/answers.js';
import { createVisit, startIntake } from '../test/workflow.js';
import { saveDraft } from './save-draft.js';
import { submitIntake } from './submit-intake.js';

describe.each(databaseKinds)('a visit changed while its answers are sent, on %s', (kind) => {
  const { t, nurse } = useTestApp(kind, { staff: ['nurse'] });

  /** A visit with its tablet started, and the visit as the tablet's token lookup read it. */
  async function startedVisit() {
    const visit = await createVisit(nurse);
    await startIntake(t.app, visit.code, visit.birthDate);
    const [row] = await t.database.db.select().from(visits).where(eq(visits.id, visit.visitId));
    return { visitId: visit.visitId, intake: { tokenHash: 'read before the change', visit: row! } };
  }
  const storedFor = (visitId: string) =>
    t.database.db.select().from(submissions).where(eq(submissions.visitId, visitId));
  const statusOf = async (visitId: string) =>
    (await t.database.db.select().from(visits).where(eq(visits.id, visitId)))[0]!.status;
  const send = (intake: Awaited<ReturnType<typeof startedVisit>>['intake'], key = 'k1') =>
    submitIntake(
      t.database.db,
      intake,
      { answers: exampleAnswers(), language: 'en' },
      t.clock.now(),
      { scope: `intake-submit:${intake.visit.id}`, key },
    );

  it('stores nothing on a visit cancelled in between, which stays cancelled (410)', async () => {
    const { visitId, intake } = await startedVisit();
    const cancelled = await nurse.inject('POST', `/api/visits/${visitId}/cancel`);
    expect(cancelled.statusCode).toBe(200);

    await expect(send(intake)).rejects.toMatchObject({ code: 'visit_cancelled' });
    expect(await storedFor(visitId)).toHaveLength(0);
    expect(await statusOf(visitId)).toBe('cancelled');
  });

  it('stores nothing when the planned treatment changed in between; the retry checks again', async () => {
    const { visitId, intake } = await startedVisit();
    const changed = await nurse.inject('PATCH', `/api/visits/${visitId}`, {
      plannedTreatment: 'esketamine-nasal',
    });
    expect(changed.statusCode).toBe(200);

    await expect(send(intake)).rejects.toMatchObject({ code: 'conflict' });
    expect(await storedFor(visitId)).toHaveLength(0);
    expect(await statusOf(visitId)).toBe('open');

    const [now] = await t.database.db.select().from(visits).where(eq(visits.id, visitId));
    await send({ ...intake, visit: now! }, 'k2');
    expect(await storedFor(visitId)).toHaveLength(1);
  });

  it('does not bring back a draft the cancel deleted', async () => {
    const { visitId, intake } = await startedVisit();
    expect((await nurse.inject('POST', `/api/visits/${visitId}/cancel`)).statusCode).toBe(200);

    await expect(
      saveDraft(
        t.database.db,
        intake,
        { answers: {}, step: 'about', language: 'en', revision: 1 },
        t.clock.now(),
      ),
    ).rejects.toMatchObject({ code: 'visit_cancelled' });
    const left = await t.database.db.select().from(drafts).where(eq(drafts.visitId, visitId));
    expect(left).toHaveLength(0);
  });
});
