import { describe, expect, it } from 'vitest';
import { exampleVisit } from '../fixtures';
import { pruneHiddenAnswers } from './prune-hidden';

describe('pruneHiddenAnswers', () => {
  it('removes hidden follow-ups recursively and leaves the input untouched', () => {
    const input = {
      health: {
        priorKetamine: 'no',
        priorKetamineReaction: 'yes',
        priorKetamineReactionDetails: 'x',
        liver: 'no',
      },
      meds: { takesAny: 'no', list: [{ name: 'Xanax' }], nasalSprays: 'yes' },
    };
    const copy = JSON.parse(JSON.stringify(input)) as typeof input;
    const pruned = pruneHiddenAnswers(input, exampleVisit({ plannedTreatment: 'other' }));
    expect(pruned).toEqual({
      health: { priorKetamine: 'no', liver: 'no' },
      meds: { takesAny: 'no' },
    });
    expect(input).toEqual(copy);
  });
  it('keeps shown answers', () => {
    const input = {
      health: {
        priorKetamine: 'yes',
        priorKetamineReaction: 'yes',
        priorKetamineReactionDetails: 'x',
      },
    };
    expect(pruneHiddenAnswers(input, exampleVisit())).toEqual(input);
  });
  it('passes non-objects through (the schema reports them)', () => {
    expect(pruneHiddenAnswers(null, exampleVisit())).toBeNull();
    expect(pruneHiddenAnswers('x', exampleVisit())).toBe('x');
  });
});
