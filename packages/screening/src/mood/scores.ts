import type { MoodAnswers } from '../answers/answer-types';

// Scores and bands are computed, never typed. The difficulty item is asked but not scored.

export type Phq9Band = 'minimal' | 'mild' | 'moderate' | 'moderately severe' | 'severe';
export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

export interface BandRange<B extends string> {
  readonly band: B;
  readonly min: number;
  readonly max: number;
}

export const PHQ9_BANDS: readonly BandRange<Phq9Band>[] = [
  { band: 'minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'moderately severe', min: 15, max: 19 },
  { band: 'severe', min: 20, max: 27 },
];

export const GAD7_BANDS: readonly BandRange<Gad7Band>[] = [
  { band: 'minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'severe', min: 15, max: 21 },
];

type Phq9 = Partial<MoodAnswers['phq9']>;
type Gad7 = Partial<MoodAnswers['gad7']>;

const PHQ9_KEYS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'] as const;
const GAD7_KEYS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'] as const;

function total(values: readonly (number | undefined)[]): number | undefined {
  let sum = 0;
  for (const value of values) {
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

/** PHQ-9 total 0–27, or undefined until all nine items are answered. */
export function phq9Score(phq9: Phq9 | undefined): number | undefined {
  return phq9 ? total(PHQ9_KEYS.map((key) => phq9[key])) : undefined;
}

/** GAD-7 total 0–21, or undefined until all seven items are answered. */
export function gad7Score(gad7: Gad7 | undefined): number | undefined {
  return gad7 ? total(GAD7_KEYS.map((key) => gad7[key])) : undefined;
}

function bandOf<B extends string>(bands: readonly BandRange<B>[], score: number): BandRange<B> {
  const found = bands.find((range) => score >= range.min && score <= range.max);
  if (!found) throw new RangeError(`Score out of range: ${score}`);
  return found;
}

export function phq9Band(score: number): Phq9Band {
  return bandOf(PHQ9_BANDS, score).band;
}

export function gad7Band(score: number): Gad7Band {
  return bandOf(GAD7_BANDS, score).band;
}

export function phq9BandRange(score: number): BandRange<Phq9Band> {
  return bandOf(PHQ9_BANDS, score);
}

export function gad7BandRange(score: number): BandRange<Gad7Band> {
  return bandOf(GAD7_BANDS, score);
}
