import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_AS_OF,
  englishQuestion,
  evaluateFlags,
  exampleVisit,
  flagHeavyAnswers,
} from '@preflight/screening';
import {
  blockingFlags,
  flagStanding,
  resolvedSummary,
  resolveSources,
  sortFlags,
  valueEntries,
} from './flag-view';
import type { Acknowledgement, StoredFlag } from './types';

function flag(overrides: Partial<StoredFlag>): StoredFlag {
  return {
    key: 'vitals.severe',
    ruleId: 'vitals.severe',
    ruleVersion: '1',
    severity: 'urgent',
    contraindication: false,
    linkIds: [],
    values: {},
    title: 't',
    rationale: 'r',
    source: [],
    evaluationId: 'e2',
    acknowledged: false,
    ...overrides,
  };
}
const english = { answers: {}, language: 'en' as const };
const ack = (evaluationId: string): Acknowledgement => ({
  flagKey: 'vitals.severe',
  evaluationId,
  note: 'seen',
  by: { id: 'u', displayName: 'Nora Nurse' },
  at: '2026-01-01T00:00:00Z',
});

describe('flag view', () => {
  it('resolves source keys to their reference text and keeps unknown keys visible', () => {
    const [known, unknown] = resolveSources(['ACC-AHA-2017', 'NOT-A-SOURCE']);
    expect(known?.reference).toMatch(/Whelton/);
    expect(unknown).toEqual({ key: 'NOT-A-SOURCE', reference: 'NOT-A-SOURCE' });
  });

  it('says a flag changed by a new reading needs a new acknowledgement', () => {
    expect(flagStanding(flag({}), [ack('e1')])).toMatchObject({ kind: 'changed', required: true });
    // An info flag seen before and changed since blocks nothing: it does not say it needs one.
    expect(flagStanding(flag({ severity: 'info' }), [ack('e1')])).toMatchObject({
      kind: 'changed',
      required: false,
    });
    expect(flagStanding(flag({ acknowledged: true }), [ack('e1'), ack('e2')])).toMatchObject({
      kind: 'acknowledged',
      acknowledgement: { evaluationId: 'e2' },
    });
    expect(flagStanding(flag({}), []).kind).toBe('open');
    expect(flagStanding(flag({ severity: 'info' }), []).kind).toBe('optional');
  });

  it('blocks sign-off on open urgent and review flags, never on info', () => {
    const flags = [
      flag({ key: 'a', severity: 'info' }),
      flag({ key: 'b', severity: 'review', ruleId: 'cardio.aneurysm', contraindication: true }),
      flag({ key: 'c', severity: 'urgent', acknowledged: true }),
      flag({ key: 'd', severity: 'urgent' }),
    ];
    expect(blockingFlags({ flags }).map((f) => f.key)).toEqual(['d', 'b']);
  });

  it('sorts urgent first, then contraindications', () => {
    const sorted = sortFlags([
      flag({ key: 'x', severity: 'review', ruleId: 'health.liver' }),
      flag({ key: 'y', severity: 'review', ruleId: 'cardio.aneurysm', contraindication: true }),
      flag({ key: 'z', severity: 'urgent' }),
    ]);
    expect(sorted.map((f) => f.key)).toEqual(['z', 'y', 'x']);
  });

  it('names list entries by their number, counted from 1', () => {
    expect(
      valueEntries({ 'meds.list[2].name': 'Xanax', 'vitals.readings[0]': '185/125' }, english),
    ).toEqual([
      { name: 'Medication 3 name', text: 'Xanax' },
      { name: 'Reading 1', text: '185/125' },
    ]);
  });

  it('shows a blood pressure as it is read, systolic then diastolic, whatever order it came in', () => {
    // The order PostgreSQL's jsonb returns them in: shorter keys first.
    const stored = {
      ageYears: 51,
      meanSystolic: 170,
      readingCount: 2,
      readingsFrom: 'patient',
      meanDiastolic: 103,
    };
    expect(valueEntries(stored, english).map((e) => e.name)).toEqual([
      'Mean systolic (mmHg)',
      'Mean diastolic (mmHg)',
      'Readings',
      'Readings from',
      'Age (years)',
    ]);
  });

  it('names computed values in words, with units, a score before its band', () => {
    expect(
      valueEntries({ 'mood.phq9.band': 'minimal', 'mood.phq9.score': 0 }, english).map(
        (e) => `${e.name}: ${e.text}`,
      ),
    ).toEqual(['PHQ-9 score: 0', 'PHQ-9 band: minimal']);
    expect(valueEntries({ meanHeartRate: 105 }, english)[0]?.name).toBe(
      'Mean heart rate (per minute)',
    );
  });

  it('names an answer by its English question and other values in words', () => {
    expect(valueEntries({ meanSystolic: 185, 'cardio.aneurysm': 'Yes' }, english)).toEqual([
      { name: 'Mean systolic (mmHg)', text: '185' },
      { name: englishQuestion('cardio.aneurysm'), text: 'Yes' },
    ]);
  });
});

describe('valueEntries: the patient’s own words', () => {
  const flags = evaluateFlags(flagHeavyAnswers(), exampleVisit(), { asOf: EXAMPLE_AS_OF });
  const source = { answers: flagHeavyAnswers(), language: 'es' as const };
  const typedIn = (flagKey: string) =>
    Object.fromEntries(
      valueEntries(flags.find((f) => f.key === flagKey)?.values ?? {}, source).map((e) => [
        e.text,
        e.typedIn,
      ]),
    );

  it('marks free-text answers inside a flag with the patient’s language, and nothing else', () => {
    expect(typedIn('cardio.history')).toMatchObject({
      'Pacemaker since 2021': 'es',
      Yes: undefined,
    });
    expect(typedIn('health.prior-reaction')).toEqual({
      Yes: undefined,
      'Felt very scared and my heart raced': 'es',
    });
  });

  it('marks an unrecognised medication name as typed, not a recognised one described in English', () => {
    expect(typedIn('meds.unrecognized:zorblax')).toEqual({ Zorblax: 'es', 'zorblax ': 'es' });
    expect(Object.values(typedIn('meds.benzodiazepine'))).toEqual([undefined, undefined]);
  });

  it('marks nothing when the value is not the answer at that item', () => {
    expect(valueEntries({ 'cardio.otherHeartDetails': 'Valve' }, source)).toEqual([
      { name: englishQuestion('cardio.otherHeartDetails'), text: 'Valve' },
    ]);
  });

  it('says how serious the resolved flags were, urgent first', () => {
    expect(
      resolvedSummary([
        flag({ severity: 'review' }),
        flag({ severity: 'urgent' }),
        flag({ severity: 'review' }),
      ]),
    ).toBe('Resolved by later readings (3: 1 urgent, 2 needs review)');
    expect(resolvedSummary([flag({ severity: 'info' })])).toBe(
      'Resolved by later readings (1: 1 info)',
    );
  });
});
