import type { EnableWhen } from './item';
import type { IndexedItem } from './item-index';
import { ALL_ITEMS, findItem, findStep, itemsOfStep } from './item-index';
import { getAnswer } from './link-id';

/** Conditions read only the planned treatment, so callers may pass just that part of the visit. */
export interface ConditionVisit {
  readonly plannedTreatment: string;
}

/** `unknown` when the condition reads the visit and none was given (the visit-free schema). */
export type Shown = boolean | 'unknown';

function conditionHolds(
  condition: EnableWhen,
  answers: unknown,
  visit: ConditionVisit | undefined,
): Shown {
  if ('visit' in condition) {
    if (!visit) return 'unknown';
    return visit.plannedTreatment === condition.answer;
  }
  // A follow-up of a hidden question is hidden too, whatever stale answer the question holds.
  const questionShown = itemShown(condition.question, answers, visit);
  if (questionShown === false) return false;
  const holds = getAnswer(answers, condition.question) === condition.answer;
  return holds ? questionShown : false;
}

/** Tri-state form of `isItemEnabled`, for callers that may not know the visit. */
export function itemShown(
  linkId: string,
  answers: unknown,
  visit: ConditionVisit | undefined,
): Shown {
  const entry = findItem(linkId);
  if (!entry) return false;
  let shown: Shown = true;
  if (entry.parentLinkId !== undefined) shown = itemShown(entry.parentLinkId, answers, visit);
  if (shown === false) return false;
  const condition = entry.item.enableWhen;
  if (!condition) return shown;
  const holds = conditionHolds(condition, answers, visit);
  if (holds === false) return false;
  return holds === 'unknown' || shown === 'unknown' ? 'unknown' : true;
}

/** Whether the patient sees this item, given their answers so far and the visit. */
export function isItemEnabled(linkId: string, answers: unknown, visit: ConditionVisit): boolean {
  return itemShown(linkId, answers, visit) === true;
}

/** A step is shown when it has nothing to hide (guidance only) or any of its items is shown. */
export function isStepEnabled(stepId: string, answers: unknown, visit: ConditionVisit): boolean {
  if (!findStep(stepId)) return false;
  const items = itemsOfStep(stepId);
  return (
    items.length === 0 || items.some((entry) => isItemEnabled(entry.item.linkId, answers, visit))
  );
}

/** Whether an item's visibility reads an answer of this step (through its parents and conditions). */
function readsStep(
  entry: IndexedItem,
  stepId: string,
  byLinkId: ReadonlyMap<string, IndexedItem>,
  seen: Set<string>,
): boolean {
  if (entry.stepId === stepId) return true;
  if (seen.has(entry.item.linkId)) return false;
  seen.add(entry.item.linkId);
  const parent = entry.parentLinkId === undefined ? undefined : byLinkId.get(entry.parentLinkId);
  if (parent && readsStep(parent, stepId, byLinkId, seen)) return true;
  const condition = entry.item.enableWhen;
  if (!condition || !('question' in condition)) return false;
  const question = byLinkId.get(condition.question);
  return question !== undefined && readsStep(question, stepId, byLinkId, seen);
}

/**
 * Items on other steps (groups included) that an answer on this step can show or hide: when the
 * step's answers change, only these can become hidden elsewhere. `items` defaults to the
 * questionnaire's (tests pass their own).
 */
export function itemsDependingOnStep(
  stepId: string,
  items: readonly IndexedItem[] = ALL_ITEMS,
): IndexedItem[] {
  const byLinkId = new Map(items.map((entry) => [entry.item.linkId, entry]));
  return items.filter(
    (entry) => entry.stepId !== stepId && readsStep(entry, stepId, byLinkId, new Set()),
  );
}
