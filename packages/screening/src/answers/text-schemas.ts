import { z } from 'zod';

/** Required free text: trimmed, not empty. */
export function requiredText(maxLength: number) {
  return z.string().trim().min(1, { error: 'Please answer this question.' }).max(maxLength);
}

/**
 * Optional free text: a blank box means "not answered", so it becomes absent rather than "".
 * (Unanswered optional items are absent, never null or empty.)
 */
export function optionalText(maxLength: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(maxLength).optional(),
  );
}
