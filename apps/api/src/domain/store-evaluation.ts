// Stores one evaluation of the rules (with versions) and refreshes the submission's triage summary.
// Acknowledgement semantics (screening.md): an acknowledgement holds while later evaluations raise
// that flag with the same severity and values; a changed flag starts a new run and needs a new one.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import {
  RULE_SET_VERSION,
  needsAcknowledgement,
  type Flag,
  type Severity,
} from '@preflight/screening';
import type { Executor } from '../db/client.js';
import { flagAcknowledgements, flagEvaluations, flags, submissions } from '../db/schema.js';
import type { FlagCounts } from './publish-event.js';

export type FlagRow = typeof flags.$inferSelect;

export interface FlagSummary {
  open: FlagCounts;
  openContraindications: number;
  triageGroup: number;
  highestOpenSeverity: Severity | null;
  /** urgent and review flags still waiting for an acknowledgement (they block sign-off) */
  blocking: Array<{ key: string; severity: Severity }>;
}

export function summarizeFlags<
  F extends { key: string; severity: string; contraindication: boolean },
>(current: readonly F[], isAcknowledged: (flag: F) => boolean): FlagSummary {
  const open = { urgent: 0, review: 0, info: 0 };
  let openContraindications = 0;
  const blocking: FlagSummary['blocking'] = [];
  for (const flag of current) {
    if (isAcknowledged(flag)) continue;
    const severity = flag.severity as Severity;
    open[severity] += 1;
    if (flag.contraindication) openContraindications += 1;
    if (needsAcknowledgement(severity)) blocking.push({ key: flag.key, severity });
  }
  return {
    open,
    openContraindications,
    triageGroup: open.urgent ? 0 : openContraindications ? 1 : 2,
    highestOpenSeverity: open.urgent
      ? 'urgent'
      : open.review
        ? 'review'
        : open.info
          ? 'info'
          : null,
    blocking,
  };
}

/** A new submission has no acknowledgements yet: its summary needs no query. */
export function summaryOfNewFlags(flagList: readonly Flag[]): FlagSummary {
  return summarizeFlags(flagList, () => false);
}

/** Keys of the acknowledgements that still hold, as `key run-start-evaluation` pairs. */
async function heldAcknowledgements(tx: Executor, submissionId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ key: flags.key, runStart: flags.runStartEvaluationId })
    .from(flagAcknowledgements)
    .innerJoin(
      flags,
      and(
        eq(flags.submissionId, flagAcknowledgements.submissionId),
        eq(flags.evaluationId, flagAcknowledgements.evaluationId),
        eq(flags.key, flagAcknowledgements.flagKey),
      ),
    )
    .where(eq(flagAcknowledgements.submissionId, submissionId));
  return new Set(rows.map((r) => `${r.key} ${r.runStart}`));
}

export interface CurrentFlags {
  flags: Array<FlagRow & { acknowledged: boolean }>;
  summary: FlagSummary;
}

export async function loadCurrentFlags(
  tx: Executor,
  submissionId: string,
  evaluationId: string,
): Promise<CurrentFlags> {
  const [rows, held] = await Promise.all([
    tx
      .select()
      .from(flags)
      .where(and(eq(flags.submissionId, submissionId), eq(flags.evaluationId, evaluationId))),
    heldAcknowledgements(tx, submissionId),
  ]);
  const withAck = rows.map((row) => ({
    ...row,
    acknowledged: held.has(`${row.key} ${row.runStartEvaluationId}`),
  }));
  return { flags: withAck, summary: summarizeFlags(withAck, (f) => f.acknowledged) };
}

export interface StoredEvaluation {
  evaluationId: string;
  summary: FlagSummary;
  /** urgent/review flags raised new or changed by this evaluation (they need a new acknowledgement) */
  changedNeedingAck: number;
  /** urgent flags raised new or changed by this evaluation */
  newUrgent: number;
}

interface EvaluationInput {
  submissionId: string;
  evaluationId: string;
  questionnaireVersion: string;
  reason: 'submitted' | 'vitals_added';
  flags: readonly Flag[];
  at: Date;
  /** the flags of the evaluation this one replaces; absent for a new submission */
  previous?: readonly FlagRow[];
}

/**
 * The flag rows of one evaluation. A flag raised again unchanged (same severity and values)
 * continues its run, so an acknowledgement of it still holds; otherwise it starts a new run.
 */
export function flagRowsOf(
  input: Pick<EvaluationInput, 'submissionId' | 'evaluationId' | 'flags' | 'previous'>,
) {
  const previousByKey = new Map((input.previous ?? []).map((f) => [f.key, f]));
  return input.flags.map((flag) => {
    const before = previousByKey.get(flag.key);
    const unchanged =
      before !== undefined &&
      before.severity === flag.severity &&
      isDeepStrictEqual((before.detail as { values?: unknown }).values, flag.values);
    return {
      evaluationId: input.evaluationId,
      submissionId: input.submissionId,
      key: flag.key,
      ruleId: flag.ruleId,
      ruleVersion: flag.ruleVersion,
      severity: flag.severity,
      contraindication: flag.contraindication,
      runStartEvaluationId: unchanged ? before.runStartEvaluationId : input.evaluationId,
      detail: {
        linkIds: flag.linkIds,
        values: flag.values,
        title: flag.title,
        rationale: flag.rationale,
        source: flag.source,
      },
    };
  });
}

/** A re-evaluation (staff readings): stores it, carries acknowledgements that still hold. */
export async function storeEvaluation(
  tx: Executor,
  input: Omit<EvaluationInput, 'evaluationId' | 'previous'> & { previous: readonly FlagRow[] },
): Promise<StoredEvaluation> {
  const evaluationId = randomUUID();
  const rows = flagRowsOf({ ...input, evaluationId });
  const evaluation = tx.insert(flagEvaluations).values({
    id: evaluationId,
    submissionId: input.submissionId,
    reason: input.reason,
    ruleSetVersion: RULE_SET_VERSION,
    questionnaireVersion: input.questionnaireVersion,
    evaluatedAt: input.at,
  });
  // The evaluation and its flags in one statement: one round trip instead of two.
  // (drizzle parenthesises an embedded statement, so `as ${…}` reads `as (insert …)`.)
  if (rows.length > 0)
    await tx.execute(
      sql`with evaluation as ${evaluation} ${tx.insert(flags).values(rows).getSQL()}`,
    );
  else await evaluation;
  const held = await heldAcknowledgements(tx, input.submissionId);
  const summary = summarizeFlags(rows, (f) => held.has(`${f.key} ${f.runStartEvaluationId}`));
  const fresh = rows.filter((r) => r.runStartEvaluationId === evaluationId);
  await writeSummary(tx, input.submissionId, evaluationId, summary, input.at);
  return {
    evaluationId,
    summary,
    changedNeedingAck: fresh.filter((r) => needsAcknowledgement(r.severity as Severity)).length,
    newUrgent: fresh.filter((r) => r.severity === 'urgent').length,
  };
}

/** The submission's columns that the triage queue sorts and counts by. */
export function summaryColumns(summary: FlagSummary) {
  return {
    triageGroup: summary.triageGroup,
    openUrgent: summary.open.urgent,
    openReview: summary.open.review,
    openInfo: summary.open.info,
    highestOpenSeverity: summary.highestOpenSeverity,
  };
}

export async function writeSummary(
  tx: Executor,
  submissionId: string,
  evaluationId: string,
  summary: FlagSummary,
  at: Date,
): Promise<void> {
  await tx
    .update(submissions)
    .set({
      currentEvaluationId: evaluationId,
      ...summaryColumns(summary),
      updatedAt: at,
    })
    .where(eq(submissions.id, submissionId));
}
