import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance, osaPrefixDistance } from './distance';

/** Plain full-matrix optimal string alignment distance, as a reference. */
function referenceOsa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

describe('osaDistance', () => {
  it.each([
    ['lorazapam', 'lorazepam', 1], // substitution
    ['alpraozlam', 'alprazolam', 1], // swap of neighbours
    ['clonazepm', 'clonazepam', 1], // deletion
    ['clonazepamm', 'clonazepam', 1], // insertion
    ['ca', 'abc', 3], // OSA, not unrestricted Damerau (which gives 2)
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s ~ %s = %i', (a, b, expected) => {
    expect(osaDistance(a, b)).toBe(expected);
  });

  it('agrees with the reference implementation', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(osaDistance(a, b)).toBe(referenceOsa(a, b));
      }),
    );
  });

  it('caps at max + 1', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(osaDistance(a, b, max)).toBe(Math.min(referenceOsa(a, b), max + 1));
      }),
    );
  });
});

describe('osaPrefixDistance', () => {
  it('is the smallest distance to any prefix of the name', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (q, name, max) => {
        let best = Infinity;
        for (let j = 0; j <= name.length; j++)
          best = Math.min(best, referenceOsa(q, name.slice(0, j)));
        expect(osaPrefixDistance(q, name, max)).toBe(Math.min(best, max + 1));
      }),
    );
  });

  it('finds a typo in a partly typed name', () => {
    expect(osaPrefixDistance('lorazap', 'lorazepam', 2)).toBe(1);
    expect(osaPrefixDistance('lora', 'lorazepam', 2)).toBe(0);
  });
});
