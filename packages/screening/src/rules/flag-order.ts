import type { Flag } from './flag';
import { RULE_ORDER } from './rule-table';
import { SEVERITY_RANK } from './severity';

/**
 * Stable display order: urgent, review, info; contraindications first within review; then the
 * rule table's order; then key (so per-item flags sort the same every time).
 */
export function compareFlags(a: Flag, b: Flag): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.contraindication !== b.contraindication) return a.contraindication ? -1 : 1;
  if (a.ruleId !== b.ruleId) {
    return (
      (RULE_ORDER.get(a.ruleId) ?? Number.MAX_SAFE_INTEGER) -
      (RULE_ORDER.get(b.ruleId) ?? Number.MAX_SAFE_INTEGER)
    );
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
