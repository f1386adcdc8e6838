import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { mergeAnswers } from '../intake-machine/steps';
import { ALL_STEPS, ANSWER_ITEMS, itemsOfStep } from '../questionnaire/item-index';
import { formatLinkId, getAnswer, parseLinkId } from '../questionnaire/link-id';
import { stepDraftSchema, stepSchema, wholeAnswersSchemaRequiring } from './answers-schema';

// The step schemas read only the step's answers; the reference is the earlier check over the whole
// answers object (`wholeAnswersSchemaRequiring`). For every step and any answers, valid or not,
// shown or hidden, both must agree on the step: same errors there, same answers kept.

const valid: Record<string, fc.Arbitrary<unknown>> = {
  yesNoUnsure: fc.constantFrom('yes', 'no', 'unsure'),
  yesNo: fc.constantFrom('yes', 'no'),
  score: fc.constantFrom(0, 1, 2, 3),
  integer: fc.integer({ min: 1900, max: 2100 }),
  text: fc.constantFrom('a', '  padded  ', 'Xanax 1 mg'),
  attestation: fc.constant(true),
  readings: fc.array(
    fc.record({
      systolic: fc.integer({ min: 90, max: 160 }),
      diastolic: fc.integer({ min: 50, max: 85 }),
      heartRate: fc.integer({ min: 50, max: 110 }),
      arm: fc.constantFrom('left', 'right'),
      takenAt: fc.constant('2026-11-25T10:00:00.000Z'),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  medList: fc.array(fc.record({ name: fc.constantFrom('Xanax', 'sertraline') }), {
    minLength: 1,
    maxLength: 3,
  }),
};
const validFor: Record<string, fc.Arbitrary<unknown>> = {
  'about.weight': fc.record({ value: fc.integer({ min: 30, max: 300 }), unit: fc.constant('kg') }),
  'about.height': fc.record({ value: fc.integer({ min: 100, max: 250 }), unit: fc.constant('cm') }),
  'about.pregnant': fc.constantFrom('yes', 'no', 'unsure', 'not-applicable'),
  'about.breastfeeding': fc.constantFrom('yes', 'no', 'not-applicable'),
};
const junk = fc.constantFrom<unknown>('maybe', '', '  ', 12.5, -1, [], {}, null, 'yes', 2);

/** `arb` one time in `n`, else `undefined`. */
const sometimes = <T>(arb: fc.Arbitrary<T>, n: number) =>
  fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constant(undefined), weight: n - 1 });

/** Every item may be answered (shown or not); in half the runs some answers are junk. */
const answersArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.tuple(
      ...ANSWER_ITEMS.map(({ item }) =>
        fc.option(validFor[item.linkId] ?? valid[item.type] ?? junk, { nil: undefined, freq: 6 }),
      ),
    ),
    sometimes(fc.tuple(...ANSWER_ITEMS.map(() => sometimes(junk, 12))), 2),
    sometimes(fc.constantFrom('cardio', 'health', 'meds', 'mood'), 10),
    sometimes(fc.constantFrom<unknown>('x', null, []), 40),
  )
  .map(([values, junkValues, junkSection, junkRoot]) => {
    if (junkRoot !== undefined) return junkRoot;
    const root: Record<string, unknown> = { extra: 1 };
    ANSWER_ITEMS.forEach(({ item }, i) => {
      const value = junkValues?.[i] ?? values[i];
      if (value === undefined) return;
      const path = parseLinkId(item.linkId).map(String);
      let node = root;
      for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]!] = value;
    });
    if (junkSection !== undefined) root[junkSection] = 'x';
    return root;
  });

const treatmentArb = fc.constantFrom('iv-ketamine', 'im-ketamine', 'esketamine-nasal', 'other');

/** Whether an issue at this path is about one of these items (or about an object holding them). */
function concerns(issuePath: string, linkIds: readonly string[]): boolean {
  if (issuePath === '') return true;
  return linkIds.some(
    (linkId) =>
      issuePath === linkId ||
      issuePath.startsWith(`${linkId}.`) ||
      issuePath.startsWith(`${linkId}[`) ||
      linkId.startsWith(`${issuePath}.`),
  );
}

function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => `${formatLinkId(issue.path)}: ${issue.message}`).sort();
}

const pathOf = (issue: string) => issue.slice(0, issue.indexOf(': '));

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

describe('step schemas match the whole-answers check on the step', () => {
  it.each([
    ['stepSchema (Next)', stepSchema, true],
    ['stepDraftSchema (Back)', stepDraftSchema, false],
  ] as const)('%s', (_, schemaFor, requiring) => {
    const counts = { accepted: 0, refused: 0, refusedElsewhere: 0 };
    fc.assert(
      fc.property(answersArb, treatmentArb, (raw, plannedTreatment) => {
        const visit = { plannedTreatment };
        for (const step of ALL_STEPS) {
          const items = itemsOfStep(step.id);
          const linkIds = items.map((entry) => entry.item.linkId);
          const reference = wholeAnswersSchemaRequiring(requiring ? items : [], visit).safeParse(
            raw,
          );
          const result = schemaFor(step.id, visit).safeParse(raw);
          const all = issuesOf(reference);
          const onStep = all.filter((issue) => concerns(pathOf(issue), linkIds));
          const issues = issuesOf(result);
          if (onStep.length < all.length) {
            // An invalid answer elsewhere made the reference skip its requirement checks
            // (zod skips them after a type error anywhere): the step is checked on its own now.
            counts.refusedElsewhere++;
            expect(issues).toEqual(expect.arrayContaining(onStep));
            expect(issues.every((issue) => concerns(pathOf(issue), linkIds))).toBe(true);
            continue;
          }
          expect(issues).toEqual(onStep);
          if (!result.success || !reference.success) {
            counts.refused++;
            continue;
          }
          counts.accepted++;
          // The patch touches the step's sections only, and leaves them as the reference does.
          const patch = asObject(result.data);
          const sections = new Set(linkIds.map((linkId) => linkId.split('.')[0]));
          expect(Object.keys(patch).every((key) => sections.has(key))).toBe(true);
          const merged = mergeAnswers(asObject(raw), patch);
          for (const { item } of items) {
            expect(getAnswer(merged, item.linkId)).toEqual(getAnswer(reference.data, item.linkId));
          }
        }
      }),
      { numRuns: 300 },
    );
    // Each kind of outcome was met, so the comparison above was not vacuous.
    expect(counts.accepted).toBeGreaterThan(20);
    expect(counts.refused).toBeGreaterThan(20);
    expect(counts.refusedElsewhere).toBeGreaterThan(20);
  });
});
