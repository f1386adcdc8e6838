import { describe, expect, it } from 'vitest';
import { findStep } from '@preflight/screening';
import { heldBackItems } from './first-screen';

describe('first screenful of a step', () => {
  it('holds back the later PHQ-9 questions, never the first ones', () => {
    const step = findStep('mood.phq9');
    expect(step).toBeDefined();
    const held = heldBackItems(step!.items);
    const group = step!.items[0]!;
    expect(group.type).toBe('group');
    const questions = group.type === 'group' ? group.items.map((item) => item.linkId) : [];
    expect(held.has(group.linkId)).toBe(false);
    expect(held.has(questions[0]!)).toBe(false);
    expect(held.has(questions[1]!)).toBe(false);
    expect(held.has(questions.at(-1)!)).toBe(true);
  });

  it('draws a short step whole', () => {
    const step = findStep('about.body');
    expect(heldBackItems(step!.items).size).toBe(0);
  });
});
