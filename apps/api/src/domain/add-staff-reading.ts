// Staff add a re-measured reading. It is stored apart from the patient's attested answers; the
// rules re-run with every staff reading (the domain picks the current set) and the new evaluation
// is kept beside the old ones. A changed urgent/review flag sends a ready submission back to review.
import { and, asc, eq } from 'drizzle-orm';
import { evaluateFlags, type DraftAnswers, type Reading } from '@preflight/screening';
import type { Database } from '../db/client.js';
import { flags, staffReadings } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { publishEvent } from './publish-event.js';
import { recordAudit } from './record-audit.js';
import { changeStatus, lockSubmission, refuseIfSignedOff } from './lock-submission.js';
import { storeEvaluation } from './store-evaluation.js';
import { visitContextOf } from './submit-intake.js';

export interface StaffReadingInput {
  systolic: number;
  diastolic: number;
  heartRate: number;
  arm: 'left' | 'right';
  takenAt?: string | undefined;
  confirmedOutOfRange?: boolean | undefined;
}

export const toReading = (r: typeof staffReadings.$inferSelect): Reading => ({
  systolic: r.systolic,
  diastolic: r.diastolic,
  heartRate: r.heartRate,
  arm: r.arm as Reading['arm'],
  takenAt: r.takenAt.toISOString(),
  ...(r.confirmedOutOfRange ? { confirmedOutOfRange: true } : {}),
});

/** How far ahead of the server's clock a device's time may be. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A reading taken at check-in may come shortly before the visit was entered, never a day before. */
const BEFORE_VISIT_MS = 60 * 60_000;

export async function addStaffReading(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  input: StaffReadingInput,
  now: Date,
) {
  const takenAt = input.takenAt ? new Date(input.takenAt) : now;
  // A reading from the future would stay "latest" and push every later one out of the current set.
  if (takenAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw new AppError('validation_failed', 'The reading’s time is in the future.', [
      { path: 'takenAt', message: 'Enter the time the reading was taken (not later than now).' },
    ]);
  return db.transaction(async (tx) => {
    const { submission, visit } = await lockSubmission(tx, staff, submissionId);
    refuseIfSignedOff(submission);
    // A mistyped date (last year's) would otherwise become this visit's current set of readings.
    if (takenAt.getTime() < visit.createdAt.getTime() - BEFORE_VISIT_MS)
      throw new AppError('validation_failed', 'The reading’s time is before this visit.', [
        { path: 'takenAt', message: 'Enter the time the reading was taken during this visit.' },
      ]);
    const [reading] = await tx
      .insert(staffReadings)
      .values({
        submissionId: submission.id,
        systolic: input.systolic,
        diastolic: input.diastolic,
        heartRate: input.heartRate,
        arm: input.arm,
        takenAt,
        confirmedOutOfRange: input.confirmedOutOfRange === true,
        byUserId: staff.user.id,
        createdAt: now,
      })
      .returning({ id: staffReadings.id });
    const [all, previous] = await Promise.all([
      tx
        .select()
        .from(staffReadings)
        .where(eq(staffReadings.submissionId, submission.id))
        .orderBy(asc(staffReadings.createdAt), asc(staffReadings.takenAt)),
      tx
        .select()
        .from(flags)
        .where(
          and(
            eq(flags.submissionId, submission.id),
            eq(flags.evaluationId, submission.currentEvaluationId!),
          ),
        ),
    ]);
    const flagList = evaluateFlags(submission.answers as DraftAnswers, visitContextOf(visit), {
      asOf: now.toISOString(),
      staffReadings: all.map(toReading),
    });
    const evaluation = await storeEvaluation(tx, {
      submissionId: submission.id,
      questionnaireVersion: submission.questionnaireVersion,
      reason: 'vitals_added',
      flags: flagList,
      at: now,
      previous,
    });
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'vitals.added',
      subjectType: 'submission',
      subjectId: submission.id,
      siteId: submission.siteId,
      detail: {
        readingId: reading!.id,
        evaluationId: evaluation.evaluationId,
        flags: evaluation.summary.open,
      },
    });
    let status = submission.status;
    if (status === 'ready_for_signoff' && evaluation.changedNeedingAck > 0) {
      status = 'in_review';
      await changeStatus(tx, {
        submission,
        to: 'in_review',
        staff,
        at: now,
        counts: evaluation.summary.open,
        action: 'submission.returned_to_review',
        detail: { reason: 'flags_changed', evaluationId: evaluation.evaluationId },
      });
    } else {
      await publishEvent(tx, {
        type: 'submission.updated',
        siteId: submission.siteId,
        submissionId: submission.id,
        counts: evaluation.summary.open,
        status,
      });
    }
    if (evaluation.newUrgent > 0) {
      await publishEvent(tx, {
        type: 'flag.urgent',
        siteId: submission.siteId,
        submissionId: submission.id,
        count: evaluation.newUrgent,
      });
    }
    return {
      readingId: reading!.id,
      evaluationId: evaluation.evaluationId,
      status,
      openFlags: evaluation.summary.open,
    };
  });
}
