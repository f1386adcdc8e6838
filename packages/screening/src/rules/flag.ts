import { z } from 'zod';
import { severitySchema } from './severity';

/** What a flag read, as shown to staff (rounded means, kg, English labels). */
export const flagValuesSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FlagValues = z.infer<typeof flagValuesSchema>;

export const flagSchema = z.object({
  /** `ruleId`, or `ruleId:detail` for rules that raise one flag per item; stable across re-evaluation. */
  key: z.string(),
  ruleId: z.string(),
  ruleVersion: z.string(),
  severity: severitySchema,
  contraindication: z.boolean(),
  /** The answers (linkIds) or staff readings (`staffReadings[i]`) the flag read. */
  linkIds: z.array(z.string()),
  values: flagValuesSchema,
  title: z.string(),
  rationale: z.string(),
  /** Keys of `SOURCES`. */
  source: z.array(z.string()),
});
export type Flag = z.infer<typeof flagSchema>;
