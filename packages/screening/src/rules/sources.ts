// Every flag names its sources, so staff can check the basis themselves (FDA CDS guidance).

/** Keys from the spec's sources table, in its order. */
export const SPEC_SOURCE_KEYS = [
  'SPRAVATO-PI',
  'SPRAVATO-TRIALS',
  'KETALAR-PI',
  'UK-KETALAR-SMPC',
  'SWISS-KETAMINE',
  'ACC-AHA-2017',
  'AHA-2019-BP',
  'ASKP3',
  'SIMON-2013',
  'ANDRADE-2017',
  'FRONTIERS-2020',
  'WILLIAMS-2018',
  'LUDWIG-2021',
  'MAYO-2023',
  'PELTONIEMI-2012',
  'UKCPA',
] as const;

/**
 * Bases the spec's rule table names in words rather than as a reference (clinic protocol, general
 * adult definition, entry check, staff follow-up, the instruments' own scoring).
 */
export const LOCAL_SOURCE_KEYS = [
  'CLINIC-PROTOCOL',
  'ADULT-VITALS',
  'ENTRY-CHECK',
  'STAFF-FOLLOW-UP',
  'PHQ-9',
  'GAD-7',
] as const;

export type SourceKey = (typeof SPEC_SOURCE_KEYS)[number] | (typeof LOCAL_SOURCE_KEYS)[number];

export interface Source {
  readonly key: SourceKey;
  readonly reference: string;
}

export const SOURCES: Readonly<Record<SourceKey, Source>> = {
  'SPRAVATO-PI': {
    key: 'SPRAVATO-PI',
    reference:
      'SPRAVATO (esketamine) nasal spray, US Prescribing Information, Janssen (2019 and later): contraindications; §5 warnings; §7 drug interactions; §9.2 abuse',
  },
  'SPRAVATO-TRIALS': {
    key: 'SPRAVATO-TRIALS',
    reference:
      'Janssen Medical Information: phase 3 protocols held dosing at systolic >140 (>150 if age ≥ 65) or diastolic >90',
  },
  'KETALAR-PI': {
    key: 'KETALAR-PI',
    reference: 'KETALAR (ketamine) US Prescribing Information, Par/Pfizer',
  },
  'UK-KETALAR-SMPC': {
    key: 'UK-KETALAR-SMPC',
    reference: 'Ketalar Summary of Product Characteristics, UK, Pfizer (2019)',
  },
  'SWISS-KETAMINE': {
    key: 'SWISS-KETAMINE',
    reference:
      'Swiss ketamine product information: untreated hypertension >180/100 at rest, hyperthyroidism, prior cerebrovascular insult',
  },
  'ACC-AHA-2017': {
    key: 'ACC-AHA-2017',
    reference:
      'Whelton et al., 2017 ACC/AHA High Blood Pressure Guideline: normal <120/<80, elevated 120–129/<80, stage 1 130–139 or 80–89, stage 2 ≥140 or ≥90, crisis >180 and/or >120',
  },
  'AHA-2019-BP': {
    key: 'AHA-2019-BP',
    reference:
      'Muntner et al., Measurement of Blood Pressure in Humans, AHA Scientific Statement, Hypertension 2019;73:e35',
  },
  ASKP3: {
    key: 'ASKP3',
    reference:
      'American Society of Ketamine Physicians, Psychotherapists & Practitioners, Standards of Practice (2020)',
  },
  'SIMON-2013': {
    key: 'SIMON-2013',
    reference: 'Simon et al., Psychiatric Services 2013: PHQ-9 item 9 and later suicide attempts',
  },
  'ANDRADE-2017': {
    key: 'ANDRADE-2017',
    reference: 'Andrade, J Clin Psychiatry 2017: ketamine drug interactions',
  },
  'FRONTIERS-2020': {
    key: 'FRONTIERS-2020',
    reference: 'Frontiers in Psychiatry 2020: benzodiazepine dose and ketamine non-response (n=47)',
  },
  'WILLIAMS-2018': {
    key: 'WILLIAMS-2018',
    reference:
      "Williams et al., Am J Psychiatry 2018: naltrexone and ketamine's antidepressant effect",
  },
  'LUDWIG-2021': {
    key: 'LUDWIG-2021',
    reference: 'Ludwig et al., CNS Drugs 2021: ketamine/esketamine with MAOIs',
  },
  'MAYO-2023': {
    key: 'MAYO-2023',
    reference: 'Mayo Clinic cohort 2023: lamotrigine and ketamine response',
  },
  'PELTONIEMI-2012': {
    key: 'PELTONIEMI-2012',
    reference: "Peltoniemi et al.: St John's wort and oral S-ketamine",
  },
  UKCPA: {
    key: 'UKCPA',
    reference:
      'UK Clinical Pharmacy Association, perioperative medicines handbook: memantine with ketamine',
  },
  'CLINIC-PROTOCOL': {
    key: 'CLINIC-PROTOCOL',
    reference:
      "The clinic's own screening and safety protocol (local policy, not a published source)",
  },
  'ADULT-VITALS': {
    key: 'ADULT-VITALS',
    reference:
      'General adult definition: tachycardia is a resting heart rate >100/min, bradycardia <50/min',
  },
  'ENTRY-CHECK': {
    key: 'ENTRY-CHECK',
    reference:
      'Preflight entry check: systolic 60–280, diastolic 30–180, diastolic below systolic, heart rate 30–220; a value outside it was confirmed as typed',
  },
  'STAFF-FOLLOW-UP': {
    key: 'STAFF-FOLLOW-UP',
    reference:
      'Not a clinical finding: an answer staff should clarify or identify (unsure, unrecognized, or answers that disagree)',
  },
  'PHQ-9': {
    key: 'PHQ-9',
    reference:
      'Kroenke, Spitzer, Williams. The PHQ-9. J Gen Intern Med 2001;16:606–613: severity bands 0–4, 5–9, 10–14, 15–19, 20–27',
  },
  'GAD-7': {
    key: 'GAD-7',
    reference:
      'Spitzer, Kroenke, Williams, Löwe. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097: bands 0–4, 5–9, 10–14, 15–21',
  },
};

export function isSourceKey(value: string): value is SourceKey {
  return Object.hasOwn(SOURCES, value);
}
