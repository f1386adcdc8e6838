// One submission as staff see it: answers, patient and staff readings, current flags (with the
// acknowledgement that holds for each), every evaluation with its flags, resolved flags,
// acknowledgements, addenda, state history and sign-off, with people's display names. Each read
// is audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  addenda,
  flagAcknowledgements,
  flagEvaluations,
  flags,
  signOffs,
  staffReadings,
  staffUsers,
  stateHistory,
  submissions,
  visits,
} from '../db/schema.js';
import { notFound } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';

export async function loadSubmissionRecord(
  db: Database,
  staff: StaffContext,
  submissionId: string,
) {
  if (staff.siteIds.length === 0) throw notFound();
  const [row] = await db
    .select({ submission: submissions, visit: visits })
    .from(submissions)
    .innerJoin(visits, eq(visits.id, submissions.visitId))
    .where(and(eq(submissions.id, submissionId), inArray(submissions.siteId, staff.siteIds)))
    .limit(1);
  if (!row) throw notFound();
  const [evaluations, flagRows, acks, readings, notes, history, signOff] = await Promise.all([
    db
      .select()
      .from(flagEvaluations)
      .where(eq(flagEvaluations.submissionId, submissionId))
      .orderBy(asc(flagEvaluations.evaluatedAt)),
    db.select().from(flags).where(eq(flags.submissionId, submissionId)),
    db
      .select()
      .from(flagAcknowledgements)
      .where(eq(flagAcknowledgements.submissionId, submissionId))
      .orderBy(asc(flagAcknowledgements.at)),
    db
      .select()
      .from(staffReadings)
      .where(eq(staffReadings.submissionId, submissionId))
      .orderBy(asc(staffReadings.createdAt), asc(staffReadings.takenAt)),
    db
      .select()
      .from(addenda)
      .where(eq(addenda.submissionId, submissionId))
      .orderBy(asc(addenda.at)),
    db
      .select()
      .from(stateHistory)
      .where(eq(stateHistory.submissionId, submissionId))
      .orderBy(asc(stateHistory.id)),
    db.select().from(signOffs).where(eq(signOffs.submissionId, submissionId)),
  ]);
  const userIds = new Set<string>();
  for (const r of [...acks, ...readings, ...notes, ...signOff]) userIds.add(r.byUserId);
  for (const h of history) if (h.byUserId) userIds.add(h.byUserId);
  const people = userIds.size
    ? await db
        .select({ id: staffUsers.id, displayName: staffUsers.displayName })
        .from(staffUsers)
        .where(inArray(staffUsers.id, [...userIds]))
    : [];
  return {
    ...row,
    evaluations,
    flagRows,
    acks,
    readings,
    notes,
    history,
    signOff: signOff[0],
    people,
  };
}

export async function getSubmission(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  const record = await loadSubmissionRecord(db, staff, submissionId);
  const { submission, visit, evaluations, flagRows, acks, readings, notes, history, signOff } =
    record;
  await recordAudit(db, {
    at: now,
    actorType: 'staff',
    actorId: staff.user.id,
    action: 'submission.read',
    subjectType: 'submission',
    subjectId: submissionId,
    siteId: submission.siteId,
  });

  const names = new Map(record.people.map((p) => [p.id, p.displayName]));
  const person = (id: string | null) =>
    id ? { id, displayName: names.get(id) ?? 'Unknown staff member' } : null;
  const runOf = new Map(
    flagRows.map((f) => [`${f.evaluationId} ${f.key}`, f.runStartEvaluationId]),
  );
  const ackView = (a: (typeof acks)[number]) => ({
    id: a.id,
    flagKey: a.flagKey,
    evaluationId: a.evaluationId,
    note: a.note,
    by: person(a.byUserId),
    at: a.at.toISOString(),
  });
  // The acknowledgement that holds for a flag: one made against any evaluation of its run.
  const holdingAck = (f: (typeof flagRows)[number]) =>
    acks.find(
      (a) =>
        a.flagKey === f.key &&
        runOf.get(`${a.evaluationId} ${a.flagKey}`) === f.runStartEvaluationId,
    );
  const toFlag = (f: (typeof flagRows)[number]) => {
    const ack = holdingAck(f);
    return {
      key: f.key,
      ruleId: f.ruleId,
      ruleVersion: f.ruleVersion,
      severity: f.severity,
      contraindication: f.contraindication,
      ...(f.detail as Record<string, unknown>),
      evaluationId: f.evaluationId,
      unchangedSinceEvaluationId: f.runStartEvaluationId,
      acknowledged: ack !== undefined,
      acknowledgement: ack ? ackView(ack) : null,
    };
  };
  const currentId = submission.currentEvaluationId;
  const current = flagRows.filter((f) => f.evaluationId === currentId);
  const currentKeys = new Set(current.map((f) => f.key));
  // Flags raised before but not now: shown as resolved, with their last evaluation.
  const resolved = new Map<string, (typeof flagRows)[number]>();
  for (const e of evaluations) {
    if (e.id === currentId) continue;
    for (const f of flagRows)
      if (f.evaluationId === e.id && !currentKeys.has(f.key)) resolved.set(f.key, f);
  }
  const answers = submission.answers as { vitals?: { readings?: unknown[] } };
  return {
    id: submission.id,
    status: submission.status,
    submittedAt: submission.submittedAt.toISOString(),
    language: submission.language,
    questionnaireVersion: submission.questionnaireVersion,
    visit: {
      id: visit.id,
      siteId: visit.siteId,
      plannedTreatment: visit.plannedTreatment,
      patient: {
        givenName: visit.givenName,
        familyName: visit.familyName,
        birthDate: visit.birthDate,
        mrn: visit.mrn,
      },
    },
    answers: submission.answers,
    patientReadings: answers.vitals?.readings ?? [],
    staffReadings: readings.map((r) => ({
      id: r.id,
      systolic: r.systolic,
      diastolic: r.diastolic,
      heartRate: r.heartRate,
      arm: r.arm,
      takenAt: r.takenAt.toISOString(),
      confirmedOutOfRange: r.confirmedOutOfRange,
      by: person(r.byUserId),
      createdAt: r.createdAt.toISOString(),
    })),
    openFlags: {
      urgent: submission.openUrgent,
      review: submission.openReview,
      info: submission.openInfo,
    },
    currentEvaluationId: currentId,
    flags: current.map(toFlag),
    resolvedFlags: [...resolved.values()].map((f) => ({
      ...toFlag(f),
      lastRaisedIn: f.evaluationId,
    })),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      reason: e.reason,
      ruleSetVersion: e.ruleSetVersion,
      questionnaireVersion: e.questionnaireVersion,
      evaluatedAt: e.evaluatedAt.toISOString(),
      current: e.id === currentId,
      flags: flagRows.filter((f) => f.evaluationId === e.id).map(toFlag),
    })),
    acknowledgements: acks.map(ackView),
    addenda: notes.map((n) => ({
      id: n.id,
      text: n.text,
      by: person(n.byUserId),
      at: n.at.toISOString(),
    })),
    stateHistory: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      by: person(h.byUserId),
      at: h.at.toISOString(),
    })),
    signOff: signOff
      ? {
          decision: signOff.decision,
          note: signOff.note,
          evaluationId: signOff.evaluationId,
          by: person(signOff.byUserId),
          at: signOff.at.toISOString(),
        }
      : null,
  };
}
