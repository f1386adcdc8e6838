import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './answers/answer-types';
import { answersSchemaFor } from './answers/answers-schema';
import { evaluateFlags } from './evaluate-flags';
import { ANSWER_ITEMS } from './questionnaire/item-index';
import { itemShown } from './questionnaire/conditions';
import { getAnswer, parseLinkId } from './questionnaire/link-id';
import type { VisitContext } from './visit/visit-context';

// Arbitrary answers built from the definition itself, so new items are covered automatically.

const ynu = fc.constantFrom('yes', 'no', 'unsure');
const score = fc.constantFrom(0, 1, 2, 3);
const plausibleReading = fc.integer({ min: 61, max: 280 }).chain((systolic) =>
  fc.record({
    systolic: fc.constant(systolic),
    diastolic: fc.integer({ min: 30, max: Math.min(180, systolic - 1) }),
    heartRate: fc.integer({ min: 30, max: 220 }),
  }),
);
const confirmedWildReading = fc.record({
  systolic: fc.integer({ min: 1, max: 400 }),
  diastolic: fc.integer({ min: 1, max: 300 }),
  heartRate: fc.integer({ min: 1, max: 300 }),
  confirmedOutOfRange: fc.constant(true),
});
const readingArb = fc
  .tuple(
    fc.oneof(
      { arbitrary: plausibleReading, weight: 4 },
      { arbitrary: confirmedWildReading, weight: 1 },
    ),
    fc.constantFrom('left', 'right'),
    fc.integer({ min: 0, max: 180 }),
  )
  .map(([values, arm, minute]) => ({
    ...values,
    arm,
    takenAt: new Date(Date.UTC(2025, 5, 2, 13, minute)).toISOString(),
  }));
const medNames = fc.constantFrom(
  'Xanax',
  'lorazapam',
  'lisinopril 10 mg',
  'Adderall XR',
  'zorblax',
  'Contrave',
  'sertraline',
  'St. John’s wort',
  '  ',
  'a',
);

const valueFor: Record<string, fc.Arbitrary<unknown>> = {
  yesNoUnsure: ynu,
  yesNo: fc.constantFrom('yes', 'no'),
  score,
  integer: fc.integer({ min: 1900, max: 2100 }),
  text: fc.string({ minLength: 1, maxLength: 20 }),
  attestation: fc.constant(true),
  readings: fc.array(readingArb, { minLength: 1, maxLength: 3 }),
  medList: fc.array(fc.record({ name: medNames }, { requiredKeys: ['name'] }), {
    minLength: 1,
    maxLength: 6,
  }),
};

function arbitraryFor(linkId: string, type: string): fc.Arbitrary<unknown> {
  if (linkId === 'about.weight')
    return fc.record({ value: fc.integer({ min: 30, max: 300 }), unit: fc.constant('kg') });
  if (linkId === 'about.height')
    return fc.record({ value: fc.integer({ min: 100, max: 250 }), unit: fc.constant('cm') });
  if (linkId === 'about.pregnant') return fc.constantFrom('yes', 'no', 'unsure', 'not-applicable');
  if (linkId === 'about.breastfeeding') return fc.constantFrom('yes', 'no', 'not-applicable');
  return valueFor[type] ?? fc.constant(undefined);
}

/** Every item answered (shown or not), so hidden answers are present in the raw input. */
const rawAnswersArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    ...ANSWER_ITEMS.map(({ item }) =>
      // Always-shown required items are always answered, so most inputs pass the schema.
      item.optional !== true && item.enableWhen === undefined
        ? arbitraryFor(item.linkId, item.type)
        : fc.option(arbitraryFor(item.linkId, item.type), { nil: undefined, freq: 2 }),
    ),
  )
  .map((values) => {
    const root: Record<string, unknown> = {};
    ANSWER_ITEMS.forEach(({ item }, i) => {
      const value = values[i];
      if (value === undefined) return;
      const path = parseLinkId(item.linkId).map(String);
      let node = root;
      for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]!] = value;
    });
    return root;
  });

const visitArb: fc.Arbitrary<VisitContext> = fc.record({
  plannedTreatment: fc.constantFrom('iv-ketamine', 'im-ketamine', 'esketamine-nasal', 'other'),
  patient: fc.record({
    givenName: fc.constant('A'),
    familyName: fc.constant('B'),
    birthDate: fc.constantFrom('1940-02-29', '1960-06-02', '1990-12-31', '2005-01-01'),
  }),
});
const asOfArb = fc
  .integer({ min: 0, max: 4000 })
  .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString());

describe('evaluateFlags properties', () => {
  it('never throws and is deterministic for any answers the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(rawAnswersArb, visitArb, asOfArb, (raw, visit, asOf) => {
        const parsed = answersSchemaFor(visit).safeParse(raw);
        if (!parsed.success) return;
        accepted++;
        const a = evaluateFlags(parsed.data, visit, { asOf });
        const b = evaluateFlags(parsed.data, visit, { asOf });
        expect(b).toEqual(a);
        expect(new Set(a.map((f) => f.key)).size).toBe(a.length);
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(60);
  });

  it('never throws on raw, partly invalid answers either', () => {
    fc.assert(
      fc.property(rawAnswersArb, visitArb, (raw, visit) => {
        evaluateFlags(raw as Answers, visit, { asOf: '2025-06-02T15:00:00Z' });
      }),
      { numRuns: 200 },
    );
  });

  it('a hidden item’s answer never reaches a flag', () => {
    fc.assert(
      fc.property(rawAnswersArb, visitArb, (raw, visit) => {
        const hidden = ANSWER_ITEMS.filter(
          ({ item }) =>
            getAnswer(raw, item.linkId) !== undefined &&
            itemShown(item.linkId, raw, visit) === false,
        ).map(({ item }) => item.linkId);
        const flags = evaluateFlags(raw as Answers, visit, { asOf: '2025-06-02T15:00:00Z' });
        for (const flag of flags) {
          for (const linkId of [...flag.linkIds, ...Object.keys(flag.values)]) {
            for (const h of hidden)
              expect(linkId === h || linkId.startsWith(`${h}[`) || linkId.startsWith(`${h}.`)).toBe(
                false,
              );
          }
        }
        // Removing the hidden answers changes nothing.
        const stripped = JSON.parse(JSON.stringify(raw)) as typeof raw;
        for (const h of hidden) {
          const path = parseLinkId(h).map(String);
          const parent = getAnswer(stripped, path.slice(0, -1).join('.')) as
            Record<string, unknown> | undefined;
          if (parent) delete parent[path[path.length - 1]!];
        }
        expect(evaluateFlags(stripped as Answers, visit, { asOf: '2025-06-02T15:00:00Z' })).toEqual(
          flags,
        );
      }),
      { numRuns: 300 },
    );
  });
});
