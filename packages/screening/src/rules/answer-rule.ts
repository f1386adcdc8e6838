import { getAnswer } from '../questionnaire/link-id';
import type { FlagValues } from './flag';
import type { Rule } from './rule';
import type { Severity } from './severity';
import type { SourceKey } from './sources';
import { staffName } from './staff-names';
import { englishLabel, englishQuestion } from '../questionnaire/english-labels';

export interface AnswerRuleSpec {
  readonly id: string;
  readonly severity: Severity;
  readonly contraindication?: boolean;
  /** The items read; the rule fires when any of them holds one of `triggers`. */
  readonly linkIds: readonly string[];
  readonly triggers: readonly string[];
  readonly source: readonly SourceKey[];
  /** Staff-facing title prefix, e.g. "Aneurysm". */
  readonly title: string;
  /** Why it matters, with its source in words. */
  readonly because: string;
}

/** Rules that fire on history answers: every item that matched is named with the patient's answer. */
export function answerRule(spec: AnswerRuleSpec): Rule {
  const when = spec.linkIds.map((id) => `${id} = ${spec.triggers.join(' or ')}`).join(', or ');
  return {
    id: spec.id,
    version: '1',
    severity: spec.severity,
    contraindication: spec.contraindication ?? false,
    linkIds: spec.linkIds,
    source: spec.source,
    when,
    evaluate(ctx) {
      const matched: { linkId: string; label: string }[] = [];
      for (const linkId of spec.linkIds) {
        const value = getAnswer(ctx.answers, linkId);
        if (typeof value === 'string' && spec.triggers.includes(value))
          matched.push({ linkId, label: englishLabel(linkId, value) });
      }
      const first = matched[0];
      if (!first) return [];
      const values: FlagValues = {};
      for (const { linkId, label } of matched) values[linkId] = label;
      const single = matched.length === 1;
      return [
        {
          linkIds: matched.map((m) => m.linkId),
          values,
          title: single
            ? `${spec.title} (answered "${first.label}")`
            : `${spec.title}: ${matched.map((m) => staffName(m.linkId)).join(', ')}`,
          rationale: single
            ? `Patient answered "${first.label}" to "${englishQuestion(first.linkId) ?? first.linkId}". ${spec.because}`
            : `Patient answered: ${matched.map((m) => `${staffName(m.linkId)} "${m.label}"`).join('; ')}. ${spec.because}`,
        },
      ];
    },
  };
}
