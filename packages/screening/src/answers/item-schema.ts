import { z } from 'zod';
import type { AnswerItem, QuestionnaireItem, QuantityItem } from '../questionnaire/item';
import { readingSchema } from '../vitals/reading';
import { medicationEntrySchema } from './medication-entry';
import { optionalText, requiredText } from './text-schemas';

// Turns each item of the definition into its zod schema; nothing here knows a specific question.

export const REQUIRED_MESSAGE = 'Please answer this question.';

/** zod's "expected X, received undefined" becomes the message a patient can act on. */
const requiredError = (issue: { input?: unknown }) =>
  issue.input === undefined ? REQUIRED_MESSAGE : undefined;

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function quantitySchema(item: QuantityItem) {
  const units = item.units.map((unit) => unit.value) as [string, ...string[]];
  return z
    .object({
      value: z.number({ error: requiredError }),
      unit: z.enum(units, { error: requiredError }),
    })
    .superRefine((quantity, ctx) => {
      const unit = item.units.find((u) => u.value === quantity.unit);
      if (unit && (quantity.value < unit.min || quantity.value > unit.max)) {
        // The message names whole numbers (bounds rounded inward, 66.2–661.3 lb reads 67–661 lb):
        // every number inside the named range is accepted, and the tablet localises this wording
        // by reading whole numbers out of it.
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `Please check this number (${Math.ceil(unit.min)}–${Math.floor(unit.max)} ${unit.value}).`,
        });
      }
      if (!hasAtMostDecimals(quantity.value, item.decimals)) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `Use at most ${item.decimals} decimal place.`,
        });
      }
    });
}

export function answerValueSchema(item: AnswerItem): z.ZodType {
  switch (item.type) {
    case 'yesNoUnsure':
    case 'yesNo':
    case 'choice':
    case 'score': {
      const values = item.options.map((option) => option.value);
      return z.literal(values, {
        error: (issue) => requiredError(issue) ?? 'Please choose one of the answers.',
      });
    }
    case 'integer':
      return z
        .int({ error: (issue) => requiredError(issue) ?? 'Enter a whole number.' })
        .min(item.min)
        .max(item.max);
    case 'text':
      return item.optional ? optionalText(item.maxLength) : requiredText(item.maxLength);
    case 'quantity':
      return quantitySchema(item);
    case 'readings':
      return z
        .array(readingSchema, { error: requiredError })
        .min(item.minCount, { error: `Enter at least ${item.minCount} reading.` })
        .max(item.maxCount, { error: `Enter at most ${item.maxCount} readings.` });
    case 'medList':
      return z
        .array(medicationEntrySchema, { error: requiredError })
        .min(item.minCount, { error: 'Please list at least one medicine.' })
        .max(item.maxCount);
    case 'attestation':
      return z.literal(true, { error: 'Please tick the box to confirm.' });
  }
}

export type SchemaMode = 'submission' | 'draft';

/** The key of an item in its parent object: the last part of its linkId. */
export function keyOf(linkId: string): string {
  return linkId.slice(linkId.lastIndexOf('.') + 1);
}

/** Conditional items may be absent; whether a shown one is missing is checked against the answers. */
function isStructurallyRequired(item: QuestionnaireItem): boolean {
  return item.optional !== true && item.enableWhen === undefined;
}

/**
 * The object schema for a list of items (a section or a group). In `submission` mode items that are
 * always shown and not optional are required by the shape itself; in `draft` mode everything may be
 * missing. Unknown keys are stripped (zod's default), never fatal.
 */
export function itemsObjectSchema(
  items: readonly QuestionnaireItem[],
  mode: SchemaMode,
): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const item of items) {
    const schema =
      item.type === 'group' ? itemsObjectSchema(item.items, mode) : answerValueSchema(item);
    shape[keyOf(item.linkId)] =
      mode === 'submission' && isStructurallyRequired(item) ? schema : schema.optional();
  }
  return z.object(shape, { error: requiredError });
}
