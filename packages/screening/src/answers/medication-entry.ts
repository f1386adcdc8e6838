import { z } from 'zod';
import { optionalText } from './text-schemas';

/** One line of the patient's medication list; only the name is required. */
export const medicationEntrySchema = z.object({
  name: z.string().trim().min(1, { error: 'Please type the name of the medicine.' }).max(200),
  dose: optionalText(100),
  frequency: optionalText(100),
  lastTaken: optionalText(100),
});
export type MedicationEntry = z.infer<typeof medicationEntrySchema>;
