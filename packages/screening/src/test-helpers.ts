import type { Answers } from './answers/answer-types';
import { evaluateFlags } from './evaluate-flags';
import { baselineAnswers, EXAMPLE_AS_OF, exampleVisit } from './fixtures';
import type { EvaluateOptions } from './rules/context';
import type { Flag } from './rules/flag';
import type { Reading } from './vitals/reading';
import type { VisitContext } from './visit/visit-context';

// Test-only helpers (not exported from the package).

type Patch = { [S in keyof Answers]?: Record<string, unknown> };

/** Baseline answers with some section fields replaced (shallow per section). */
export function answersWith(patch: Patch): Answers {
  const base = baselineAnswers() as unknown as Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(patch))
    base[section] = { ...base[section], ...fields };
  return base as unknown as Answers;
}

export function flagsFor(
  answers: Answers,
  visit: VisitContext = exampleVisit(),
  options: EvaluateOptions = {},
): Flag[] {
  return evaluateFlags(answers, visit, { asOf: EXAMPLE_AS_OF, ...options });
}

export function flagKeys(
  answers: Answers,
  visit?: VisitContext,
  options?: EvaluateOptions,
): string[] {
  return flagsFor(answers, visit, options).map((flag) => flag.key);
}

export function findFlag(
  answers: Answers,
  ruleId: string,
  visit?: VisitContext,
  options?: EvaluateOptions,
): Flag | undefined {
  return flagsFor(answers, visit, options).find((flag) => flag.ruleId === ruleId);
}

export function reading(
  systolic: number,
  diastolic: number,
  heartRate = 72,
  minute = 40,
  extra: Partial<Reading> = {},
): Reading {
  return {
    systolic,
    diastolic,
    heartRate,
    arm: 'left',
    takenAt: `2025-06-02T14:${String(minute).padStart(2, '0')}:00Z`,
    ...extra,
  };
}

/** Answers whose current set is exactly these readings. */
export function withReadings(...readings: Reading[]): Answers {
  return answersWith({ vitals: { readings } });
}
