import { itemShown } from '../questionnaire/conditions';
import type { ConditionVisit } from '../questionnaire/conditions';
import { ALL_ITEMS } from '../questionnaire/item-index';
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

/**
 * Removes the answer of every item that is hidden for these answers and this visit, follow-ups of
 * hidden follow-ups included. Accepts raw input (request bodies) and returns a new object.
 */
export function pruneHiddenAnswers<T>(answers: T, visit: ConditionVisit): T {
  if (!isRecord(answers)) return answers;
  const hidden = ALL_ITEMS.filter(
    // Only conditional items can be hidden; removing a group removes its items with it.
    (entry) =>
      entry.item.enableWhen !== undefined && itemShown(entry.item.linkId, answers, visit) === false,
  );
  if (hidden.length === 0) return answers;
  const result: Record<string, unknown> = { ...answers };
  // Decide visibility on the original answers: a hidden question's stale value never shows a follow-up.
  for (const entry of hidden) removeAt(result, parseLinkId(entry.item.linkId));
  return result as T;
}
