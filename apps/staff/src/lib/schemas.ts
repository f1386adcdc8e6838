// Form schemas that exist only on the staff screens. Anything the domain defines (visit context,
// staff readings) comes from @preflight/screening instead.
import { z } from 'zod';

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.');

export const passwordSchema = z.string().min(1, 'Enter your password.').max(1024);

export const decisionSchema = z.enum(['proceed', 'proceed-with-changes', 'hold', 'not-proceeding']);

/** A note is required for every decision but "proceed" (workflow spec). */
export const signOffSchema = z
  .object({
    decision: decisionSchema,
    note: z.string().trim().max(4000),
    password: passwordSchema,
    totp: z.union([totpCodeSchema, z.literal('')]).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== 'proceed' && value.note.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Write a note: it is required for every decision except Proceed.',
      });
  });
export type SignOffValues = z.infer<typeof signOffSchema>;

/** Urgent flags need a note; others may be acknowledged without one. */
export function acknowledgementSchema(noteRequired: boolean) {
  return z.object({
    note: noteRequired
      ? z.string().trim().min(1, 'Write a note: urgent flags need one.').max(2000)
      : z.string().trim().max(2000),
  });
}
