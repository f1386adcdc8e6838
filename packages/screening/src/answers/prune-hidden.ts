import { itemShown } from '../questionnaire/conditions';
import type { ConditionVisit } from '../questionnaire/conditions';
import { ALL_ITEMS } from '../questionnaire/item-index';
import type { IndexedItem } from '../questionnaire/item-index';
import { parseLinkId } from '../questionnaire/link-id';

// Answers to hidden questions are removed, never stored or evaluated (a known bug class elsewhere).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function removeAt(root: Record<string, unknown>, path: readonly (string | number)[]): void {
  // Copy each object on the way down, so the caller's answers are never mutated.
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = String(path[i]);
    const child = node[key];
    if (!isRecord(child)) return;
    const copy = { ...child };
    node[key] = copy;
    node = copy;
  }
  const last = String(path[path.length - 1]);
  if (last in node) delete node[last];
}

// Only conditional items can be hidden; removing a group removes its items with it.
const CONDITIONAL_ITEMS = ALL_ITEMS.filter((entry) => entry.item.enableWhen !== undefined);

/** The listed items (conditional ones) that are hidden for these answers and this visit. */
export function hiddenItems(
  answers: unknown,
  visit: ConditionVisit,
  among: readonly IndexedItem[] = CONDITIONAL_ITEMS,
): IndexedItem[] {
  return among.filter(
    (entry) =>
      entry.item.enableWhen !== undefined && itemShown(entry.item.linkId, answers, visit) === false,
  );
}

/** A copy of the answers without these items' answers; the input is never mutated. */
export function withoutItems<T>(answers: T, items: readonly IndexedItem[]): T {
  if (!isRecord(answers) || items.length === 0) return answers;
  const result: Record<string, unknown> = { ...answers };
  for (const entry of items) removeAt(result, parseLinkId(entry.item.linkId));
  return result as T;
}

/**
 * Removes the answer of every item that is hidden for these answers and this visit, follow-ups of
 * hidden follow-ups included. Accepts raw input (request bodies) and returns a new object. `among`
 * limits the check to some items (a step's own and those its answers can hide); default: all.
 */
export function pruneHiddenAnswers<T>(
  answers: T,
  visit: ConditionVisit,
  among: readonly IndexedItem[] = CONDITIONAL_ITEMS,
): T {
  if (!isRecord(answers)) return answers;
  // Decide visibility on the original answers: a hidden question's stale value never shows a follow-up.
  return withoutItems(answers, hiddenItems(answers, visit, among));
}
