import { ANSWER_UNSURE_RULE } from './unsure-rule';
import {
  ANEURYSM_RULE,
  AVM_RULE,
  BLADDER_RULE,
  BRAIN_BLEED_RULE,
  BREASTFEEDING_RULE,
  CARDIO_HISTORY_RULE,
  HYPERTENSION_UNCONTROLLED_RULE,
  KETAMINE_ALLERGY_RULE,
  LIVER_RULE,
  MANIA_RULE,
  PREGNANCY_RULE,
  PRIOR_REACTION_RULE,
  PSYCHOSIS_RULE,
  RAISED_PRESSURE_RULE,
  SEIZURES_RULE,
  SLEEP_APNEA_RULE,
  SUBSTANCE_USE_RULE,
  SYMPTOMS_TODAY_RULE,
  THYROID_RULE,
  WEIGHT_MISSING_RULE,
} from './history-rules';
import {
  ANTIHYPERTENSIVE_NO_HISTORY_RULE,
  MEDICATION_CLASS_RULES,
  NASAL_SPRAY_TIMING_RULE,
  UNRECOGNIZED_MEDICATION_RULE,
} from './medication-rules';
import { GAD7_BAND_RULE, PHQ9_BAND_RULE, SELF_HARM_RULE } from './mood-rules';
import type { Rule } from './rule';
import {
  VITALS_ABOVE_DOSING_GUIDE_RULE,
  VITALS_BRADYCARDIA_RULE,
  VITALS_HYPERTENSION_RANGE_RULE,
  VITALS_IMPLAUSIBLE_CONFIRMED_RULE,
  VITALS_SEVERE_RULE,
  VITALS_SINGLE_READING_RULE,
  VITALS_TACHYCARDIA_RULE,
} from './vitals-rules';

/** Bump when any rule's logic, severity or source changes; stored with every evaluation. */
export const RULE_SET_VERSION = '1.0.0';

/** Every rule, in the spec's table order (flag order falls back to it). */
export const RULES: readonly Rule[] = [
  ANEURYSM_RULE,
  AVM_RULE,
  BRAIN_BLEED_RULE,
  SYMPTOMS_TODAY_RULE,
  KETAMINE_ALLERGY_RULE,
  SELF_HARM_RULE,
  VITALS_SEVERE_RULE,
  VITALS_ABOVE_DOSING_GUIDE_RULE,
  VITALS_HYPERTENSION_RANGE_RULE,
  VITALS_TACHYCARDIA_RULE,
  VITALS_BRADYCARDIA_RULE,
  VITALS_SINGLE_READING_RULE,
  VITALS_IMPLAUSIBLE_CONFIRMED_RULE,
  HYPERTENSION_UNCONTROLLED_RULE,
  CARDIO_HISTORY_RULE,
  RAISED_PRESSURE_RULE,
  THYROID_RULE,
  LIVER_RULE,
  PSYCHOSIS_RULE,
  MANIA_RULE,
  SUBSTANCE_USE_RULE,
  PRIOR_REACTION_RULE,
  SEIZURES_RULE,
  BLADDER_RULE,
  SLEEP_APNEA_RULE,
  PREGNANCY_RULE,
  BREASTFEEDING_RULE,
  WEIGHT_MISSING_RULE,
  ...MEDICATION_CLASS_RULES,
  UNRECOGNIZED_MEDICATION_RULE,
  ANTIHYPERTENSIVE_NO_HISTORY_RULE,
  NASAL_SPRAY_TIMING_RULE,
  PHQ9_BAND_RULE,
  GAD7_BAND_RULE,
  ANSWER_UNSURE_RULE,
];

export const RULE_ORDER: ReadonlyMap<string, number> = new Map(
  RULES.map((rule, index) => [rule.id, index]),
);

/** Rule metadata for staff screens and the API (everything but the function). */
export type RuleInfo = Omit<Rule, 'evaluate'>;

export const RULE_CATALOGUE: readonly RuleInfo[] = RULES.map(
  ({ id, version, severity, contraindication, linkIds, source, when }) => ({
    id,
    version,
    severity,
    contraindication,
    linkIds,
    source,
    when,
  }),
);
