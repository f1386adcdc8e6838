// Stores one evaluation of the rules (with versions) and refreshes the submission's triage summary.
import { and, eq, inArray } from 'drizzle-orm';
import { RULE_SET_VERSION, type Flag } from '@preflight/screening';
import type { Executor } from '../db/client.js';
import { flagAcknowledgements, flagEvaluations, flags, submissions } from '../db/schema.js';
import type { FlagCounts } from './publish-event.js';

export interface StoredEvaluation {
  evaluationId: string;
  open: FlagCounts;
  openContraindications: number;
}

export async function storeEvaluation(
  tx: Executor,
  input: {
    submissionId: string;
    questionnaireVersion: string;
    reason: 'submitted' | 'vitals_added';
    flags: Flag[];
    at: Date;
  },
): Promise<StoredEvaluation> {
  const [evaluation] = await tx
    .insert(flagEvaluations)
    .values({
      submissionId: input.submissionId,
      reason: input.reason,
      ruleSetVersion: RULE_SET_VERSION,
      questionnaireVersion: input.questionnaireVersion,
      evaluatedAt: input.at,
    })
    .returning({ id: flagEvaluations.id });
  const evaluationId = evaluation!.id;
  if (input.flags.length > 0) {
    await tx.insert(flags).values(
      input.flags.map((flag) => ({
        evaluationId,
        submissionId: input.submissionId,
        key: flag.key,
        ruleId: flag.ruleId,
        ruleVersion: flag.ruleVersion,
        severity: flag.severity,
        contraindication: flag.contraindication,
        detail: {
          linkIds: flag.linkIds,
          values: flag.values,
          title: flag.title,
          rationale: flag.rationale,
          source: flag.source,
        },
      })),
    );
  }
  const summary = await refreshTriageSummary(tx, input.submissionId, evaluationId, input.at);
  return { evaluationId, ...summary };
}

/** Recomputes open-flag counts from the current evaluation and its acknowledgements. */
export async function refreshTriageSummary(
  tx: Executor,
  submissionId: string,
  evaluationId: string,
  at: Date,
): Promise<{ open: FlagCounts; openContraindications: number }> {
  const current = await tx.select().from(flags).where(eq(flags.evaluationId, evaluationId));
  const acked = current.length
    ? await tx
        .select({
          key: flagAcknowledgements.flagKey,
          evaluationId: flagAcknowledgements.evaluationId,
        })
        .from(flagAcknowledgements)
        .where(
          and(
            eq(flagAcknowledgements.submissionId, submissionId),
            inArray(
              flagAcknowledgements.flagKey,
              current.map((f) => f.key),
            ),
          ),
        )
    : [];
  const ackedKeys = new Set(acked.filter((a) => a.evaluationId === evaluationId).map((a) => a.key));
  const open = { urgent: 0, review: 0, info: 0 };
  let openContraindications = 0;
  for (const flag of current) {
    if (ackedKeys.has(flag.key)) continue;
    open[flag.severity as keyof FlagCounts] += 1;
    if (flag.contraindication) openContraindications += 1;
  }
  const highest = open.urgent ? 'urgent' : open.review ? 'review' : open.info ? 'info' : null;
  await tx
    .update(submissions)
    .set({
      currentEvaluationId: evaluationId,
      triageGroup: open.urgent ? 0 : openContraindications ? 1 : 2,
      openUrgent: open.urgent,
      openReview: open.review,
      openInfo: open.info,
      highestOpenSeverity: highest,
      updatedAt: at,
    })
    .where(eq(submissions.id, submissionId));
  return { open, openContraindications };
}
