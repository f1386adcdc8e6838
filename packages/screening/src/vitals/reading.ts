import { z } from 'zod';
import { isoDateTimeSchema } from '../visit/visit-context';
import { readingEntryWarnings } from './plausibility';

// Beyond these even a confirmed number is a typing slip, not a measurement.
const vitalValue = z.int({ error: 'Enter a whole number.' }).min(1).max(999);

const readingShape = {
  systolic: vitalValue,
  diastolic: vitalValue,
  heartRate: vitalValue,
  arm: z.enum(['left', 'right']),
  takenAt: isoDateTimeSchema,
  confirmedOutOfRange: z.boolean().optional(),
};

/** Implausible values are refused unless the person confirmed them (the rule then raises a flag). */
function refusePlausibilityUnlessConfirmed(
  reading: {
    systolic: number;
    diastolic: number;
    heartRate: number;
    confirmedOutOfRange?: boolean | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (reading.confirmedOutOfRange === true) return;
  for (const warning of readingEntryWarnings(reading)) {
    ctx.addIssue({
      code: 'custom',
      path: [warning.field],
      message: warning.message.en,
      params: { entryCheck: warning.code },
    });
  }
}

export const readingSchema = z.object(readingShape).superRefine(refusePlausibilityUnlessConfirmed);
export type Reading = z.infer<typeof readingSchema>;

/** Staff readings: same shape and checks; the API fills `takenAt` with the current time when absent. */
export const staffReadingInputSchema = z
  .object({ ...readingShape, takenAt: isoDateTimeSchema.optional() })
  .superRefine(refusePlausibilityUnlessConfirmed);
export type StaffReadingInput = z.infer<typeof staffReadingInputSchema>;
