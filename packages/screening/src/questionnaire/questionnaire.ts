import { ABOUT_SECTION } from './sections/about';
import { ATTEST_SECTION } from './sections/attest';
import { CARDIO_SECTION } from './sections/cardio';
import { HEALTH_SECTION } from './sections/health';
import { MEDS_SECTION } from './sections/meds';
import { MOOD_SECTION } from './sections/mood';
import { VITALS_SECTION } from './sections/vitals';

/** Bump when any item, option or condition changes; stored with every submission. */
export const QUESTIONNAIRE_VERSION = '1.0.0';

/** Sections in the order the patient meets them. */
export const SECTIONS = [
  ABOUT_SECTION,
  CARDIO_SECTION,
  HEALTH_SECTION,
  VITALS_SECTION,
  MEDS_SECTION,
  MOOD_SECTION,
  ATTEST_SECTION,
] as const;

export type Sections = typeof SECTIONS;
export type SectionId = Sections[number]['id'];
export type StepId = Sections[number]['steps'][number]['id'];

/** The whole definition as data: served to the intake and staff apps, exported as FHIR. */
export const QUESTIONNAIRE = {
  id: 'preflight-screening',
  version: QUESTIONNAIRE_VERSION,
  title: { en: 'Before your treatment', es: 'Antes de su tratamiento' },
  languages: ['en', 'es'],
  sections: SECTIONS,
} as const;
export type Questionnaire = typeof QUESTIONNAIRE;
