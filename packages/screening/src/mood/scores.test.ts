import { describe, expect, it } from 'vitest';
import { gad7Band, gad7Score, phq9Band, phq9Score } from './scores';

describe('PHQ-9 and GAD-7 scoring', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [27, 'severe'],
  ] as const)('PHQ-9 %i → %s', (score, band) => expect(phq9Band(score)).toBe(band));
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ] as const)('GAD-7 %i → %s', (score, band) => expect(gad7Band(score)).toBe(band));
  it('sums the nine items, ignoring difficulty; undefined while incomplete', () => {
    expect(
      phq9Score({ q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1, q8: 1, q9: 3, difficulty: 3 }),
    ).toBe(11);
    expect(phq9Score({ q1: 1 })).toBeUndefined();
    expect(gad7Score({ q1: 3, q2: 3, q3: 3, q4: 3, q5: 3, q6: 3, q7: 3 })).toBe(21);
    expect(() => phq9Band(28)).toThrow();
  });
});
