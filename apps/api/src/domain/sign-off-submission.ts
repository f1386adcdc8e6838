// The clinician's sign-off: their own decision and note, recorded by the software (which proposes
// none), after every urgent/review flag is acknowledged and their password (and TOTP when
// enrolled) is re-entered. Afterwards the submission is read-only except for addenda.
import type { Database, Transaction } from '../db/client.js';
import { signOffs } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { TotpKeys } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import {
  changeStatus,
  lockSubmission,
  refuseIfSignedOff,
  type SubmissionRow,
} from './lock-submission.js';
import type { LoginLimits } from './log-in-staff.js';
import { reauthenticateStaff } from './reauthenticate-staff.js';
import { loadCurrentFlags } from './store-evaluation.js';

export const SIGN_OFF_DECISIONS = [
  'proceed',
  'proceed-with-changes',
  'hold',
  'not-proceeding',
] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

export interface SignOffInput {
  decision: SignOffDecision;
  note?: string | undefined;
  password: string;
  totp?: string | undefined;
}

export async function signOffSubmission(
  db: Database,
  staff: StaffContext,
  auth: { totpKeys: TotpKeys; loginLimits: LoginLimits },
  submissionId: string,
  input: SignOffInput,
  now: Date,
) {
  const note = input.note?.trim() || null;
  if (input.decision !== 'proceed' && !note) {
    throw new AppError('validation_failed', 'Add a note explaining this decision.', [
      { path: 'note', message: 'Required unless the decision is proceed.' },
    ]);
  }
  // Cheap checks first, so nobody re-enters a password for a sign-off that cannot happen.
  await db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    await refuseUnlessSignable(tx, submission);
  });
  // Wrong passwords count against the account's sign-in throttle (reauthenticateStaff).
  await reauthenticateStaff(db, auth, staff, input, now);

  return db.transaction(async (tx) => {
    const { submission } = await lockSubmission(tx, staff, submissionId);
    const current = await refuseUnlessSignable(tx, submission);
    await tx.insert(signOffs).values({
      submissionId: submission.id,
      decision: input.decision,
      note,
      evaluationId: submission.currentEvaluationId!,
      byUserId: staff.user.id,
      at: now,
    });
    await changeStatus(tx, {
      submission,
      to: 'signed_off',
      staff,
      at: now,
      counts: current.summary.open,
      action: 'submission.signed_off',
      // The decision itself stays in sign_offs: admins read the audit log without patient data.
      detail: { evaluationId: submission.currentEvaluationId },
    });
    return {
      id: submission.id,
      status: 'signed_off' as const,
      signOff: {
        decision: input.decision,
        note,
        evaluationId: submission.currentEvaluationId!,
        by: { id: staff.user.id, displayName: staff.user.displayName },
        at: now.toISOString(),
      },
    };
  });
}

async function refuseUnlessSignable(tx: Transaction, submission: SubmissionRow) {
  refuseIfSignedOff(submission);
  const current = await loadCurrentFlags(tx, submission.id, submission.currentEvaluationId!);
  if (current.summary.blocking.length > 0) {
    throw new AppError(
      'flags_unacknowledged',
      'Every urgent and review flag must be acknowledged before sign-off.',
      undefined,
      { flags: current.summary.blocking },
    );
  }
  return current;
}
