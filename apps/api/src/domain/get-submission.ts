// One submission as staff see it: answers, current and past flags, readings, acknowledgements,
// addenda, state history. Each read is audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  addenda,
  flagAcknowledgements,
  flagEvaluations,
  flags,
  signOffs,
  staffReadings,
  stateHistory,
  submissions,
  visits,
} from '../db/schema.js';
import { notFound } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';

export async function getSubmission(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  if (staff.siteIds.length === 0) throw notFound();
  const [row] = await db
    .select({ submission: submissions, visit: visits })
    .from(submissions)
    .innerJoin(visits, eq(visits.id, submissions.visitId))
    .where(and(eq(submissions.id, submissionId), inArray(submissions.siteId, staff.siteIds)))
    .limit(1);
  if (!row) throw notFound();
  const { submission, visit } = row;
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
      .orderBy(asc(staffReadings.takenAt)),
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
  await recordAudit(db, {
    at: now,
    actorType: 'staff',
    actorId: staff.user.id,
    action: 'submission.read',
    subjectType: 'submission',
    subjectId: submissionId,
    siteId: submission.siteId,
  });

  const toFlag = (f: (typeof flagRows)[number]) => ({
    key: f.key,
    ruleId: f.ruleId,
    ruleVersion: f.ruleVersion,
    severity: f.severity,
    contraindication: f.contraindication,
    ...(f.detail as Record<string, unknown>),
    evaluationId: f.evaluationId,
    acknowledged: acks.some((a) => a.flagKey === f.key && a.evaluationId === f.evaluationId),
  });
  return {
    id: submission.id,
    status: submission.status,
    submittedAt: submission.submittedAt.toISOString(),
    language: submission.language,
    questionnaireVersion: submission.questionnaireVersion,
    visit: {
      id: visit.id,
      plannedTreatment: visit.plannedTreatment,
      patient: {
        givenName: visit.givenName,
        familyName: visit.familyName,
        birthDate: visit.birthDate,
        mrn: visit.mrn,
      },
    },
    answers: submission.answers,
    currentEvaluationId: submission.currentEvaluationId,
    flags: flagRows.filter((f) => f.evaluationId === submission.currentEvaluationId).map(toFlag),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      reason: e.reason,
      ruleSetVersion: e.ruleSetVersion,
      questionnaireVersion: e.questionnaireVersion,
      evaluatedAt: e.evaluatedAt.toISOString(),
      flags: flagRows.filter((f) => f.evaluationId === e.id).map(toFlag),
    })),
    acknowledgements: acks.map((a) => ({
      flagKey: a.flagKey,
      evaluationId: a.evaluationId,
      note: a.note,
      byUserId: a.byUserId,
      at: a.at.toISOString(),
    })),
    staffReadings: readings.map((r) => ({
      ...r,
      takenAt: r.takenAt.toISOString(),
      createdAt: r.createdAt.toISOString(),
    })),
    addenda: notes.map((n) => ({
      id: n.id,
      text: n.text,
      byUserId: n.byUserId,
      at: n.at.toISOString(),
    })),
    stateHistory: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      byUserId: h.byUserId,
      at: h.at.toISOString(),
    })),
    signOff: signOff[0]
      ? {
          decision: signOff[0].decision,
          note: signOff[0].note,
          byUserId: signOff[0].byUserId,
          at: signOff[0].at.toISOString(),
        }
      : null,
  };
}
