import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sites, staffUserSites, staffUsers } from '../db/schema.js';
import { hashPassword } from '../lib/passwords.js';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import { databaseKinds, logIn, useTestApp, type StaffClient } from '../test/test-app.js';
import { aneurysmAnswers, exampleAnswers, urgentAnswers } from '../test/answers.js';
import { submitted } from '../test/workflow.js';

interface Flag {
  key: string;
  ruleId: string;
  severity: string;
  evaluationId: string;
  acknowledged: boolean;
  values: Record<string, unknown>;
}
interface Detail {
  status: string;
  currentEvaluationId: string;
  flags: Flag[];
  resolvedFlags: Flag[];
  evaluations: Array<{ id: string; flags: Flag[] }>;
  acknowledgements: Array<{ flagKey: string; note: string | null; by: { displayName: string } }>;
  stateHistory: Array<{ from: string | null; to: string; by: { displayName: string } | null }>;
  staffReadings: Array<{ systolic: number; by: { displayName: string } }>;
  patientReadings: unknown[];
  addenda: Array<{ text: string; by: { displayName: string } }>;
  signOff: { decision: string; note: string | null; by: { displayName: string } } | null;
}

interface Resource {
  resourceType: string;
  code?: { coding?: Array<{ code: string }> };
  component?: Array<{ code: { coding: Array<{ code: string }> } }>;
}

const severe = { systolic: 200, diastolic: 125, heartRate: 80, arm: 'left' };
const normal = { systolic: 118, diastolic: 74, heartRate: 70, arm: 'left' };

describe.each(databaseKinds)('submissions on %s', (kind) => {
  const { t, nurse, clinician } = useTestApp(kind, { staff: ['nurse', 'clinician'] });
  let otherSiteNurse: StaffClient;

  beforeAll(async () => {
    const db = t.database.db;
    const [site] = await db
      .insert(sites)
      .values({ name: 'Other clinic', createdAt: t.clock.now() })
      .returning();
    const [user] = await db
      .insert(staffUsers)
      .values({
        email: 'other@clinic.test',
        displayName: 'Otto Other',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        roles: ['nurse', 'clinician'],
        createdAt: t.clock.now(),
      })
      .returning();
    await db.insert(staffUserSites).values({ userId: user!.id, siteId: site!.id });
    otherSiteNurse = await logIn(t.app, 'other@clinic.test');
  });

  const detail = async (id: string, who = nurse) => {
    const response = await who.inject('GET', `/api/submissions/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json<Detail>();
  };
  const ack = (id: string, key: string, evaluationId: string, note?: string, who = nurse) =>
    who.inject('POST', `/api/submissions/${id}/flags/${encodeURIComponent(key)}/ack`, {
      evaluationId,
      ...(note ? { note } : {}),
    });
  const ackAllBlocking = async (id: string) => {
    const d = await detail(id);
    for (const f of d.flags.filter((f) => f.severity !== 'info' && !f.acknowledged)) {
      expect((await ack(id, f.key, d.currentEvaluationId, 'Seen and discussed')).statusCode).toBe(
        200,
      );
    }
  };

  it('orders the queue: open urgent, then open contraindication, then the rest', async () => {
    const rest = await submitted(t.app, nurse, exampleAnswers());
    const contraindication = await submitted(t.app, nurse, aneurysmAnswers());
    const urgent = await submitted(t.app, nurse, urgentAnswers());
    const list = await nurse.inject('GET', '/api/submissions');
    const ids = list.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id);
    const position = (id: string) => ids.indexOf(id);
    expect(position(urgent.submissionId)).toBeLessThan(position(contraindication.submissionId));
    expect(position(contraindication.submissionId)).toBeLessThan(position(rest.submissionId));
    const urgentOnly = await nurse.inject('GET', '/api/submissions?severity=urgent');
    const urgentIds = urgentOnly.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id);
    expect(urgentIds).toContain(urgent.submissionId);
    expect(urgentIds).not.toContain(rest.submissionId);
  });

  it("returns a flag's values in the order its rule wrote them, on submission and after a staff reading", async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    const ruleOrder = (d: Detail) =>
      d.flags
        .filter((f) => f.ruleId.startsWith('vitals.') && 'meanSystolic' in f.values)
        .map((f) => Object.keys(f.values).slice(0, 2));
    const before = ruleOrder(await detail(id));
    expect(before.length).toBeGreaterThan(0);
    for (const keys of before) expect(keys).toEqual(['meanSystolic', 'meanDiastolic']);
    await nurse.inject('POST', `/api/submissions/${id}/vitals`, severe);
    const after = ruleOrder(await detail(id));
    expect(after.length).toBeGreaterThan(0);
    for (const keys of after) expect(keys).toEqual(['meanSystolic', 'meanDiastolic']);
  });

  it('walks claim → acknowledge → ready → sign-off → addendum, with names in the history', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, urgentAnswers());
    expect((await nurse.inject('POST', `/api/submissions/${id}/ready`)).statusCode).toBe(409);
    const claimed = await nurse.inject('POST', `/api/submissions/${id}/claim`);
    expect(claimed.json()).toEqual({ id, status: 'in_review' });
    expect((await nurse.inject('POST', `/api/submissions/${id}/claim`)).statusCode).toBe(409);

    let d = await detail(id);
    const selfHarm = d.flags.find((f) => f.ruleId === 'mood.self-harm')!;
    expect(selfHarm.severity).toBe('urgent');
    const noNote = await ack(id, selfHarm.key, d.currentEvaluationId);
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields[0].path).toBe('note');
    const unknownKey = await ack(id, 'no.such-flag', d.currentEvaluationId, 'x');
    expect(unknownKey.statusCode).toBe(404);

    const early = await clinician.inject('POST', `/api/submissions/${id}/sign-off`, {
      decision: 'proceed',
      password: DEMO_PASSWORD,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'flags_unacknowledged',
      flags: [{ key: selfHarm.key, severity: 'urgent' }],
    });

    expect(
      (await ack(id, selfHarm.key, d.currentEvaluationId, 'Safety plan reviewed')).statusCode,
    ).toBe(200);
    expect((await nurse.inject('POST', `/api/submissions/${id}/ready`)).json().status).toBe(
      'ready_for_signoff',
    );

    expect(
      (
        await nurse.inject('POST', `/api/submissions/${id}/sign-off`, {
          decision: 'proceed',
          password: DEMO_PASSWORD,
        })
      ).statusCode,
    ).toBe(403);
    const wrongPassword = await clinician.inject('POST', `/api/submissions/${id}/sign-off`, {
      decision: 'proceed',
      password: 'not-the-password',
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json().error.fields[0].path).toBe('password');
    const noNote2 = await clinician.inject('POST', `/api/submissions/${id}/sign-off`, {
      decision: 'hold',
      password: DEMO_PASSWORD,
    });
    expect(noNote2.statusCode).toBe(400);
    expect(noNote2.json().error.fields[0].path).toBe('note');

    const signed = await clinician.inject('POST', `/api/submissions/${id}/sign-off`, {
      decision: 'proceed-with-changes',
      note: 'Lower starting dose',
      password: DEMO_PASSWORD,
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().status).toBe('signed_off');

    // read-only except addenda
    for (const [path, body] of [
      ['claim', undefined],
      ['ready', undefined],
      ['vitals', normal],
      ['sign-off', { decision: 'proceed', password: DEMO_PASSWORD }],
    ] as const) {
      const who = path === 'sign-off' ? clinician : nurse;
      const response = await who.inject('POST', `/api/submissions/${id}/${path}`, body);
      expect(response.statusCode, path).toBe(409);
      expect(response.json().error.code).toBe('conflict');
    }
    expect((await ack(id, selfHarm.key, d.currentEvaluationId, 'again')).statusCode).toBe(409);
    const addendum = await nurse.inject('POST', `/api/submissions/${id}/addenda`, {
      text: 'Called patient',
    });
    expect(addendum.statusCode).toBe(201);

    d = await detail(id);
    expect(d.status).toBe('signed_off');
    expect(d.signOff).toMatchObject({
      decision: 'proceed-with-changes',
      note: 'Lower starting dose',
      by: { displayName: 'Dr. Cal Clinician' },
    });
    expect(d.acknowledgements).toEqual([
      expect.objectContaining({
        flagKey: selfHarm.key,
        note: 'Safety plan reviewed',
        by: expect.objectContaining({ displayName: 'Nora Nurse' }),
      }),
    ]);
    expect(d.addenda).toEqual([
      expect.objectContaining({
        text: 'Called patient',
        by: expect.objectContaining({ displayName: 'Nora Nurse' }),
      }),
    ]);
    expect(d.stateHistory.map((h) => [h.to, h.by?.displayName ?? null])).toEqual([
      ['submitted', null],
      ['in_review', 'Nora Nurse'],
      ['ready_for_signoff', 'Nora Nurse'],
      ['signed_off', 'Dr. Cal Clinician'],
    ]);
    expect(d.patientReadings).toHaveLength(2);

    // The audit log, which admins read without patient data, names the rule, not the decision.
    const audited = await t.database.db
      .select({ action: auditEvents.action, detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id));
    const ackRow = audited.find((row) => row.action === 'flag.acknowledged')!;
    expect(ackRow.detail).toMatchObject({ ruleId: selfHarm.ruleId });
    expect(ackRow.detail).not.toHaveProperty('flagKey');
    expect(JSON.stringify(audited)).not.toContain('proceed-with-changes');
  });

  it('takes URL-encoded flag keys in the path (one flag per unsure item)', async () => {
    const answers = exampleAnswers();
    const { submissionId: id } = await submitted(t.app, nurse, {
      ...answers,
      cardio: { ...answers.cardio, avm: 'unsure' },
    });
    const d = await detail(id);
    const unsure = d.flags.find((f) => f.key === 'answer.unsure:cardio.avm')!;
    expect(unsure.severity).toBe('info');
    const response = await ack(id, unsure.key, d.currentEvaluationId);
    expect(response.statusCode).toBe(200);
    expect((await detail(id)).flags.find((f) => f.key === unsure.key)!.acknowledged).toBe(true);
  });

  it('refuses addenda before sign-off', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    expect(
      (await nurse.inject('POST', `/api/submissions/${id}/addenda`, { text: 'x' })).statusCode,
    ).toBe(409);
  });

  it('re-runs the rules on staff readings: unchanged acknowledgements hold, changed flags need a new one', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    await nurse.inject('POST', `/api/submissions/${id}/claim`);
    await ackAllBlocking(id);
    const first = await detail(id);
    expect((await nurse.inject('POST', `/api/submissions/${id}/ready`)).statusCode).toBe(200);

    const implausible = await nurse.inject('POST', `/api/submissions/${id}/vitals`, {
      ...normal,
      systolic: 300,
    });
    expect(implausible.statusCode).toBe(400);

    // normal staff reading: the patient's borderline BP flag resolves; review flags stay acknowledged
    const calm = await nurse.inject('POST', `/api/submissions/${id}/vitals`, normal);
    expect(calm.statusCode).toBe(201);
    expect(calm.json().status).toBe('ready_for_signoff');
    let d = await detail(id);
    expect(d.evaluations).toHaveLength(2);
    expect(d.flags.filter((f) => f.severity !== 'info').every((f) => f.acknowledged)).toBe(true);
    expect(d.resolvedFlags.map((f) => f.ruleId)).toContain('vitals.hypertension-range');
    expect(d.staffReadings[0]).toMatchObject({ systolic: 118, by: { displayName: 'Nora Nurse' } });

    // a high reading: the mean of the two staff readings (159/100) raises a review flag that needs
    // an acknowledgement, so the submission goes back to in_review
    const high = await nurse.inject('POST', `/api/submissions/${id}/vitals`, severe);
    expect(high.json()).toMatchObject({ status: 'in_review', openFlags: { review: 1 } });
    d = await detail(id);
    const changed = d.flags.find((f) => f.ruleId === 'vitals.above-dosing-guide')!;
    expect(changed.acknowledged).toBe(false);
    const stale = await ack(id, changed.key, first.currentEvaluationId, 'BP rechecked');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('flag_changed');
    expect((await ack(id, changed.key, d.currentEvaluationId, 'BP rechecked')).statusCode).toBe(
      200,
    );
    expect(d.evaluations).toHaveLength(3);
  });

  it('refuses a staff reading timed in the future or before the visit, and takes one timed earlier', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000);
    const future = await nurse.inject('POST', `/api/submissions/${id}/vitals`, {
      ...normal,
      takenAt: at(30).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('takenAt');
    const earlier = await nurse.inject('POST', `/api/submissions/${id}/vitals`, {
      ...normal,
      takenAt: at(-10).toISOString(),
    });
    expect(earlier.statusCode).toBe(201);
    const lastYear = await nurse.inject('POST', `/api/submissions/${id}/vitals`, {
      ...normal,
      takenAt: at(-365 * 24 * 60).toISOString(),
    });
    expect(lastYear.statusCode).toBe(400);
    expect(lastYear.json().error.fields[0].path).toBe('takenAt');
    const detail = await nurse.inject('GET', `/api/submissions/${id}`);
    expect(detail.json().staffReadings).toHaveLength(1);
  });

  it("hides other sites' submissions (404) and leaves them out of the queue", async () => {
    const { submissionId: id } = await submitted(t.app, nurse, urgentAnswers());
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/fhir'],
      ['POST', '/claim'],
      ['POST', '/ready'],
    ] as const) {
      expect(
        (await otherSiteNurse.inject(method, `/api/submissions/${id}${path}`)).statusCode,
      ).toBe(404);
    }
    const list = await otherSiteNurse.inject('GET', '/api/submissions');
    expect(list.json().items).toEqual([]);
  });

  it('audits every read of a submission', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    await detail(id);
    await nurse.inject('GET', `/api/submissions/${id}/fhir`);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['submission.created', 'submission.read', 'submission.exported']),
    );
  });

  it('exports a FHIR R4 Bundle with LOINC vitals, medications, flags and the sign-off provenance', async () => {
    const { submissionId: id } = await submitted(t.app, nurse, exampleAnswers());
    await ackAllBlocking(id);
    await clinician.inject('POST', `/api/submissions/${id}/sign-off`, {
      decision: 'proceed',
      password: DEMO_PASSWORD,
    });
    const response = await nurse.inject('GET', `/api/submissions/${id}/fhir`);
    expect(response.statusCode).toBe(200);
    const bundle = response.json<{
      resourceType: string;
      entry: Array<{ resource: Resource }>;
    }>();
    expect(bundle.resourceType).toBe('Bundle');
    const resources = bundle.entry.map((e) => e.resource);
    const types = resources.map((r) => r.resourceType);
    for (const type of [
      'Patient',
      'QuestionnaireResponse',
      'Observation',
      'MedicationStatement',
      'Flag',
      'Provenance',
    ])
      expect(types).toContain(type);
    const bp = resources.find((r) => r.code?.coding?.[0]?.code === '85354-9')!;
    expect(bp.component!.map((c) => c.code.coding[0]!.code)).toEqual(['8480-6', '8462-4']);
    expect(resources.some((r) => r.code?.coding?.[0]?.code === '8867-4')).toBe(true);
    expect(resources.filter((r) => r.resourceType === 'MedicationStatement')).toHaveLength(3);
  });

  it('keeps the audit log append-only: the database refuses UPDATE and DELETE', async () => {
    const db = t.database.db;
    await expect(db.execute(sql`update audit_events set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    expect(count!.n).toBeGreaterThan(0);
  });

  it("refuses a flag whose submission is not its evaluation's submission", async () => {
    const first = await submitted(t.app, nurse, exampleAnswers());
    const second = await submitted(t.app, nurse, exampleAnswers());
    const db = t.database.db;
    const copyFlagOnto = (submissionId: string) =>
      db.execute(sql`
        insert into flags (evaluation_id, submission_id, key, rule_id, rule_version, severity,
          contraindication, run_start_evaluation_id, detail)
        select evaluation_id, ${submissionId}, key || '-copy', rule_id, rule_version, severity,
          contraindication, run_start_evaluation_id, detail
        from flags where submission_id = ${first.submissionId} limit 1`);
    await expect(copyFlagOnto(second.submissionId)).rejects.toThrow();
    // The same flag on its own submission is a valid row: the refusal above is the key's doing.
    await copyFlagOnto(first.submissionId);
  });
});
