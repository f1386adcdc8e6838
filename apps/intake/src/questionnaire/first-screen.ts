// A step's first frame draws only about a screenful of questions; the rest follow right after it
// is painted, so "Next" shows the new step quickly even for the PHQ-9's ten questions.
import type { QuestionnaireItem } from '@preflight/screening';

export const NOTHING_HELD: ReadonlySet<string> = new Set();

/** Roughly the rows of a 1080 px tablet screen below the header and title, with some margin. */
const SCREENFUL = 14;

/** About how many rows an item takes on screen (a stacked option or a field is one row). */
function rowsOf(item: QuestionnaireItem): number {
  switch (item.type) {
    case 'group':
      return 1;
    case 'yesNoUnsure':
    case 'yesNo':
    case 'choice':
    case 'score':
      return item.type === 'score' || item.options.length > 3 ? item.options.length + 1 : 2;
    case 'quantity':
      return 3;
    case 'readings':
    case 'medList':
      return SCREENFUL;
    default:
      return 2;
  }
}

/** The linkIds to hold back from the first frame: those after the first screenful, in order. */
export function heldBackItems(items: readonly QuestionnaireItem[]): ReadonlySet<string> {
  const held = new Set<string>();
  let rows = 0;
  const walk = (item: QuestionnaireItem) => {
    // The first question is always drawn, however tall.
    if (rows >= SCREENFUL) {
      held.add(item.linkId);
      return;
    }
    rows += rowsOf(item);
    if (item.type === 'group') item.items.forEach(walk);
  };
  items.forEach(walk);
  return held;
}
