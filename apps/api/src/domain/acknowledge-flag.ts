// Staff acknowledge one flag of the evaluation they saw. Urgent flags need a note; an
// acknowledgement against an evaluation that is no longer current is refused (flag_changed).
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { flagAcknowledgements, flags } from '../db/schema.js';
import { AppError, notFound } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { publishEvent } from './publish-event.js';
import { recordAudit } from './record-audit.js';
import { lockSubmission, refuseIfSignedOff } from './lock-submission.js';
import { loadCurrentFlags, writeSummary } from './store-evaluation.js';

export async function acknowledgeFlag(
  db: Database,
  staff: StaffContext,
  input: { submissionId: string; key: string; evaluationId: string; note?: string | undefined },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, input.submissionId);
    refuseIfSignedOff(submission);
    const currentEvaluationId = submission.currentEvaluationId!;
    const [raisedEver] = await tx
      .select({ key: flags.key })
      .from(flags)
      .where(and(eq(flags.submissionId, submission.id), eq(flags.key, input.key)))
      .limit(1);
    if (!raisedEver) throw notFound('This submission has no flag with that key.');
    const current = await loadCurrentFlags(tx, submission.id, currentEvaluationId);
    const flag = current.flags.find((f) => f.key === input.key);
    if (input.evaluationId !== currentEvaluationId || !flag) {
      throw new AppError(
        'flag_changed',
        flag
          ? 'This flag was re-evaluated since you looked at it. Review it again, then acknowledge.'
          : 'This flag is no longer raised (it is shown as resolved) and needs no acknowledgement.',
        undefined,
        { currentEvaluationId },
      );
    }
    const note = input.note?.trim() || null;
    if (flag.severity === 'urgent' && !note) {
      throw new AppError('validation_failed', 'Urgent flags need a note.', [
        { path: 'note', message: 'Say what was done about this urgent flag.' },
      ]);
    }
    if (flag.acknowledged) {
      // Already acknowledged (a double click, or a colleague): nothing to add.
      return {
        key: flag.key,
        evaluationId: currentEvaluationId,
        acknowledged: true,
        counts: current.summary.open,
      };
    }
    await tx.insert(flagAcknowledgements).values({
      submissionId: submission.id,
      flagKey: flag.key,
      evaluationId: currentEvaluationId,
      note,
      byUserId: staff.user.id,
      at: now,
    });
    const after = await loadCurrentFlags(tx, submission.id, currentEvaluationId);
    await writeSummary(tx, submission.id, currentEvaluationId, after.summary, now);
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'flag.acknowledged',
      subjectType: 'submission',
      subjectId: submission.id,
      siteId: submission.siteId,
      // The rule and the flag's row, not its key: a key can carry what the patient typed (an
      // unrecognised medication's name), and admins read the audit log without patient data.
      detail: {
        ruleId: flag.ruleId,
        flagId: flag.id,
        evaluationId: currentEvaluationId,
        severity: flag.severity,
      },
    });
    await publishEvent(tx, {
      type: 'submission.updated',
      siteId: submission.siteId,
      submissionId: submission.id,
      counts: after.summary.open,
      status: submission.status,
    });
    return {
      key: flag.key,
      evaluationId: currentEvaluationId,
      acknowledged: true,
      counts: after.summary.open,
    };
  });
}
