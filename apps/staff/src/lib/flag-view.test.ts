import { describe, expect, it } from 'vitest';
import { englishQuestion } from '@preflight/screening';
import { blockingFlags, flagStanding, resolveSources, sortFlags, valueEntries } from './flag-view';
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
    expect(flagStanding(flag({}), [ack('e1')]).kind).toBe('changed');
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
    expect(valueEntries({ 'meds.list[2].name': 'Xanax', 'vitals.readings[0]': '185/125' })).toEqual(
      [
        ['Medication 3 name', 'Xanax'],
        ['Reading 1', '185/125'],
      ],
    );
  });

  it('names an answer by its English question and other values in words', () => {
    expect(valueEntries({ meanSystolic: 185, 'cardio.aneurysm': 'Yes' })).toEqual([
      ['mean systolic', '185'],
      [englishQuestion('cardio.aneurysm'), 'Yes'],
    ]);
  });
});
