import { describe, expect, it } from 'vitest';
import { evaluateFlags } from './evaluate-flags';
import { EXAMPLE_AS_OF, exampleVisit, flagHeavyAnswers, baselineAnswers } from './fixtures';
import { compareFlags } from './rules/flag-order';
import { RULES } from './rules/rule-table';
import { SEVERITY_RANK } from './rules/severity';
import { answersWith, flagKeys, flagsFor } from './test-helpers';

describe('evaluateFlags', () => {
  it('raises only the mood bands for a calm submission', () => {
    expect(flagKeys(baselineAnswers())).toEqual(['mood.phq9-band', 'mood.gad7-band']);
  });

  it('orders urgent > review (contraindications first) > info, then rule table order, then key', () => {
    const flags = flagsFor(flagHeavyAnswers());
    const order = new Map(RULES.map((r, i) => [r.id, i]));
    for (let i = 1; i < flags.length; i++) {
      const [a, b] = [flags[i - 1]!, flags[i]!];
      const rank = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
      expect(rank).toBeLessThanOrEqual(0);
      if (rank === 0 && a.contraindication === b.contraindication) {
        expect(order.get(a.ruleId)! <= order.get(b.ruleId)!).toBe(true);
        if (a.ruleId === b.ruleId) expect(a.key < b.key).toBe(true);
      }
      if (rank === 0 && a.contraindication !== b.contraindication)
        expect(a.contraindication).toBe(true);
      expect(compareFlags(a, b)).toBeLessThan(0);
    }
    expect(flags[0]?.severity).toBe('urgent');
    const firstReview = flags.find((f) => f.severity === 'review');
    expect(firstReview?.contraindication).toBe(true);
  });

  it('gives every flag a unique key and the full record', () => {
    const flags = flagsFor(flagHeavyAnswers());
    expect(new Set(flags.map((f) => f.key)).size).toBe(flags.length);
    for (const flag of flags) {
      expect(flag).toEqual({
        key: expect.any(String),
        ruleId: expect.any(String),
        ruleVersion: '1',
        severity: expect.stringMatching(/^(urgent|review|info)$/),
        contraindication: expect.any(Boolean),
        linkIds: expect.any(Array),
        values: expect.any(Object),
        title: expect.any(String),
        rationale: expect.any(String),
        source: expect.any(Array),
      });
      expect(flag.key === flag.ruleId || flag.key.startsWith(`${flag.ruleId}:`)).toBe(true);
    }
  });

  it('is deterministic for the same three arguments and does not mutate the answers', () => {
    const answers = flagHeavyAnswers();
    const before = JSON.stringify(answers);
    const a = evaluateFlags(answers, exampleVisit(), { asOf: EXAMPLE_AS_OF });
    const b = evaluateFlags(answers, exampleVisit(), { asOf: EXAMPLE_AS_OF });
    expect(a).toEqual(b);
    expect(JSON.stringify(answers)).toBe(before);
  });

  it('never lets a hidden answer raise a flag', () => {
    const hidden = answersWith({
      cardio: {
        highBloodPressure: 'no',
        highBloodPressureControlled: 'unsure',
        heartAttack: 'no',
        otherHeart: 'no',
        otherHeartDetails: 'x',
      },
      health: {
        priorKetamine: 'no',
        priorKetamineReaction: 'yes',
        priorKetamineReactionDetails: 'bad',
      },
      meds: { takesAny: 'no', list: [{ name: 'Xanax' }, { name: 'zorblax' }], nasalSprays: 'yes' },
    });
    const flags = flagsFor(hidden, exampleVisit({ plannedTreatment: 'iv-ketamine' }));
    expect(flags.map((f) => f.key)).toEqual(['mood.phq9-band', 'mood.gad7-band']);
  });

  it('defaults asOf to now (age still computed)', () => {
    expect(() => evaluateFlags(baselineAnswers(), exampleVisit())).not.toThrow();
  });
});
