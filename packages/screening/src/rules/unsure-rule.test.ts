import { describe, expect, it } from 'vitest';
import { answersWith, flagKeys, flagsFor } from '../test-helpers';

describe('answer.unsure', () => {
  it('raises one info flag per cardio/health item answered unsure, follow-ups included', () => {
    const answers = answersWith({
      cardio: { highBloodPressure: 'yes', highBloodPressureControlled: 'unsure', stroke: 'unsure' },
      health: { priorKetamine: 'yes', priorKetamineReaction: 'unsure' },
    });
    const unsure = flagsFor(answers).filter((f) => f.ruleId === 'answer.unsure');
    expect(unsure.map((f) => f.key)).toEqual([
      'answer.unsure:cardio.highBloodPressureControlled',
      'answer.unsure:cardio.stroke',
      'answer.unsure:health.priorKetamineReaction',
    ]);
    expect(unsure.every((f) => f.severity === 'info')).toBe(true);
  });
  it('is not raised for "no", nor for about.pregnant = unsure (not a cardio/health item)', () => {
    expect(
      flagKeys(answersWith({ about: { pregnant: 'unsure' } })).some((k) =>
        k.startsWith('answer.unsure'),
      ),
    ).toBe(false);
  });
});
