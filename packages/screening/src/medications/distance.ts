// Edit distances for typo-tolerant matching: optimal string alignment (Damerau–Levenshtein where
// no substring is edited twice): insertion, deletion, substitution, transposition of neighbours.
// Both functions take a cap and return `max + 1` as soon as the distance must exceed it.

/** OSA distance between `a` and `b`, or `max + 1` if it is greater than `max`. */
export function osaDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER - 1): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return max === 1 ? withinOneEdit(a, b) : osa(a, b, max, false);
}

// The catalogue match asks "one edit or not?" of every name: a linear scan with no allocation
// answers it ~10× faster than the full table.
function withinOneEdit(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped ? 1 : 2;
  }
  if (a.length === b.length + 1) return a.slice(i + 1) === b.slice(i) ? 1 : 2;
  return a.slice(i) === b.slice(i + 1) ? 1 : 2;
}

/**
 * Smallest OSA distance between `query` and any prefix of `name` (including `name` itself), or
 * `max + 1` if it is greater than `max`. Used for typeahead: 'lorazap' is 1 from 'lorazep…'.
 */
export function osaPrefixDistance(query: string, name: string, max: number): number {
  if (name.startsWith(query)) return 0;
  if (query.length - name.length > max) return max + 1;
  return osa(query, name, max, true);
}

function osa(a: string, b: string, max: number, prefixOfB: boolean): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return prefixOfB ? 0 : Math.min(lb, max + 1);
  if (lb === 0) return Math.min(la, max + 1);
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later value is at least the smallest value of the row before the one it builds on.
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  let result = prev[lb]!;
  if (prefixOfB) for (let j = 0; j < lb; j++) result = Math.min(result, prev[j]!);
  return result > max ? max + 1 : result;
}
