// SKELETON STUB (replaced by the full domain): just enough for the walking skeleton.
import { z } from 'zod';

export const QUESTIONNAIRE_VERSION = '1.0.0';
export const RULE_SET_VERSION = '1.0.0';

export const plannedTreatmentSchema = z.enum([
  'iv-ketamine',
  'im-ketamine',
  'esketamine-nasal',
  'other',
]);
export type PlannedTreatment = z.infer<typeof plannedTreatmentSchema>;

export const isoDateSchema = z.iso.date();

export const visitContextSchema = z.object({
  plannedTreatment: plannedTreatmentSchema,
  patient: z.object({
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    birthDate: isoDateSchema,
  }),
});
export type VisitContext = z.infer<typeof visitContextSchema>;

export const yesNoUnsureSchema = z.enum(['yes', 'no', 'unsure']);
export const languageSchema = z.enum(['en', 'es']);
export type Language = z.infer<typeof languageSchema>;

export const answersSchema = z.object({
  cardio: z.object({ aneurysm: yesNoUnsureSchema }),
});
export type Answers = z.infer<typeof answersSchema>;

export const severitySchema = z.enum(['urgent', 'review', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export interface Flag {
  key: string;
  ruleId: string;
  ruleVersion: string;
  severity: Severity;
  contraindication: boolean;
  linkIds: string[];
  values: Record<string, string | number>;
  title: string;
  rationale: string;
  source: string[];
}

export function evaluateFlags(
  answers: Answers,
  _visit: VisitContext,
  _options: { asOf?: string } = {},
): Flag[] {
  const a = answers.cardio.aneurysm;
  if (a !== 'yes' && a !== 'unsure') return [];
  return [
    {
      key: 'cardio.aneurysm',
      ruleId: 'cardio.aneurysm',
      ruleVersion: '1',
      severity: 'review',
      contraindication: true,
      linkIds: ['cardio.aneurysm'],
      values: { 'cardio.aneurysm': a },
      title: `Aneurysm reported (${a})`,
      rationale: 'The esketamine label lists aneurysmal vascular disease as a contraindication.',
      source: ['SPRAVATO-PI'],
    },
  ];
}
