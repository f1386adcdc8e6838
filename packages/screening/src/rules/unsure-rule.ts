import { ANSWER_ITEMS } from '../questionnaire/item-index';
import { getAnswer } from '../questionnaire/link-id';
import type { Rule } from './rule';
import { staffName } from './staff-names';

// Every yes/no/unsure item in cardio and health, follow-ups included.
const UNSURE_ITEMS = ANSWER_ITEMS.filter(
  (entry) =>
    (entry.sectionId === 'cardio' || entry.sectionId === 'health') &&
    entry.item.type === 'yesNoUnsure',
).map((entry) => entry.item);

export const ANSWER_UNSURE_RULE: Rule = {
  id: 'answer.unsure',
  version: '1',
  severity: 'info',
  contraindication: false,
  linkIds: UNSURE_ITEMS.map((item) => item.linkId),
  source: ['STAFF-FOLLOW-UP'],
  when: 'a cardio or health item answered "Not sure" (one flag per item)',
  evaluate(ctx) {
    return UNSURE_ITEMS.filter((item) => getAnswer(ctx.answers, item.linkId) === 'unsure').map(
      (item) => ({
        detail: item.linkId,
        linkIds: [item.linkId],
        values: { [item.linkId]: 'Not sure' },
        title: `Not sure: ${staffName(item.linkId)}`,
        rationale: `Patient answered "Not sure" to "${item.text.en}"; staff should clarify.`,
      }),
    );
  },
};
