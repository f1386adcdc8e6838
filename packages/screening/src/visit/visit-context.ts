import { z } from 'zod';

// The visit is entered by staff, not the patient; conditions and rules read it but never change it.
export const plannedTreatmentSchema = z.enum([
  'iv-ketamine',
  'im-ketamine',
  'esketamine-nasal',
  'other',
]);
export type PlannedTreatment = z.infer<typeof plannedTreatmentSchema>;

export const PLANNED_TREATMENT_LABELS: Readonly<Record<PlannedTreatment, string>> = {
  'iv-ketamine': 'IV ketamine',
  'im-ketamine': 'IM ketamine',
  'esketamine-nasal': 'Esketamine nasal spray',
  other: 'Other',
};

export const isoDateSchema = z.iso.date();
/** Date-times carry an offset (or Z) so "within 30 minutes" means the same thing on every device. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const visitContextSchema = z.object({
  plannedTreatment: plannedTreatmentSchema,
  patient: z.object({
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    birthDate: isoDateSchema,
  }),
});
export type VisitContext = z.infer<typeof visitContextSchema>;

/** Whole years between an ISO birth date and an ISO date-time (the rules' only clock). */
export function ageInYears(birthDate: string, asOf: string): number | undefined {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const at = /^(\d{4})-(\d{2})-(\d{2})/.exec(asOf);
  if (!birth || !at) return undefined;
  const [by, bm, bd] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
  const [ay, am, ad] = [Number(at[1]), Number(at[2]), Number(at[3])];
  const hadBirthday = am > bm || (am === bm && ad >= bd);
  const age = ay - by - (hadBirthday ? 0 : 1);
  return age >= 0 ? age : undefined;
}
