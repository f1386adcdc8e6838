import type { DraftAnswers } from './answers/answer-types';
import { pruneHiddenAnswers } from './answers/prune-hidden';
import type { VisitContext } from './visit/visit-context';
import { buildRuleContext } from './rules/context';
import type { EvaluateOptions } from './rules/context';
import type { Flag } from './rules/flag';
import { compareFlags } from './rules/flag-order';
import { RULES } from './rules/rule-table';

/**
 * Runs every rule on the answers as submitted and returns the raised flags in a stable order.
 * Hidden answers are removed first, whoever calls it: a hidden answer can never raise a flag.
 * Pure and deterministic for the same three arguments (pass `asOf` to pin the clock).
 */
export function evaluateFlags(
  answers: DraftAnswers,
  visit: VisitContext,
  options: EvaluateOptions = {},
): Flag[] {
  const ctx = buildRuleContext(pruneHiddenAnswers(answers, visit), visit, options);
  const flags: Flag[] = [];
  for (const rule of RULES) {
    for (const raised of rule.evaluate(ctx)) {
      flags.push({
        key: raised.detail === undefined ? rule.id : `${rule.id}:${raised.detail}`,
        ruleId: rule.id,
        ruleVersion: rule.version,
        severity: rule.severity,
        contraindication: rule.contraindication,
        linkIds: [...raised.linkIds],
        values: { ...raised.values },
        title: raised.title,
        rationale: raised.rationale,
        source: [...(raised.source ?? rule.source)],
      });
    }
  }
  return flags.length < 2 ? flags : flags.sort(compareFlags);
}
