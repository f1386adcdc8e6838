import { describe, expect, it } from 'vitest';
import { findItem } from '../questionnaire/item-index';
import type { AnswerItem } from '../questionnaire/item';
import { KG_PER_LB } from '../vitals/body-measures';
import { answerValueSchema } from './item-schema';

// screening.md (about): weight is plausible at 30–300 kg, whichever unit the patient typed.

function weightSchema() {
  const item = findItem('about.weight')?.item as AnswerItem | undefined;
  if (item?.type !== 'quantity') throw new Error('about.weight is not a quantity item');
  return answerValueSchema(item);
}

/** Every one-decimal value from `from` to `to` (the only values the form accepts). */
function tenths(from: number, to: number): number[] {
  const values: number[] = [];
  for (let t = Math.round(from * 10); t <= Math.round(to * 10); t++) values.push(t / 10);
  return values;
}

function rangeMessages(value: number, unit: 'kg' | 'lb'): string[] {
  const result = weightSchema().safeParse({ value, unit });
  if (result.success) return [];
  return result.error.issues
    .map((issue) => issue.message)
    .filter((message) => message.startsWith('Please check this number'));
}

describe('about.weight plausible range', () => {
  it('accepts a weight in lb exactly when it is 30–300 kg', () => {
    const schema = weightSchema();
    for (const lb of [...tenths(64, 68), ...tenths(659, 663)]) {
      const kg = lb * KG_PER_LB;
      expect({ lb, accepted: schema.safeParse({ value: lb, unit: 'lb' }).success }).toEqual({
        lb,
        accepted: kg >= 30 && kg <= 300,
      });
    }
  });

  it('keeps the kg bounds at 30 and 300', () => {
    const schema = weightSchema();
    expect(schema.safeParse({ value: 29.9, unit: 'kg' }).success).toBe(false);
    expect(schema.safeParse({ value: 30, unit: 'kg' }).success).toBe(true);
    expect(schema.safeParse({ value: 300, unit: 'kg' }).success).toBe(true);
    expect(schema.safeParse({ value: 300.1, unit: 'kg' }).success).toBe(false);
  });

  it('names whole-number bounds the refused entry lies outside of, in the tablet wording', () => {
    expect(rangeMessages(66.1, 'lb')).toEqual(['Please check this number (67–661 lb).']);
    expect(rangeMessages(661.4, 'lb')).toEqual(['Please check this number (67–661 lb).']);
    expect(rangeMessages(29.9, 'kg')).toEqual(['Please check this number (30–300 kg).']);
    // Every number inside the named range is accepted, so the message never asks for a refused one.
    const schema = weightSchema();
    for (const lb of tenths(67, 661)) {
      if (!schema.safeParse({ value: lb, unit: 'lb' }).success) throw new Error(`${lb} lb refused`);
    }
  });
});
