import type { ChoiceOption } from '../questionnaire/item';

// Original PHQ/GAD answer labels (Pfizer PHQ screeners, English and Spanish for the US).
// Spanish checked 2026-11-25 against copies of the Pfizer "Spanish for the USA" forms: the
// PHQ-9 transcription at es.studenta.com/content/129686767 (PatientHealthQuestionnaire9_Spanish),
// davhunt/instruments phq8/spanish/phq8ES_datadict.csv, and GitHub copies of the GAD-7 form that
// cite phqscreeners.com. Both forms use the same four frequency labels, "Ningún día" first.

export const PHQ9_FREQUENCY_OPTIONS = [
  { value: 0, label: { en: 'Not at all', es: 'Ningún día' } },
  { value: 1, label: { en: 'Several days', es: 'Varios días' } },
  { value: 2, label: { en: 'More than half the days', es: 'Más de la mitad de los días' } },
  { value: 3, label: { en: 'Nearly every day', es: 'Casi todos los días' } },
] as const satisfies readonly ChoiceOption<0 | 1 | 2 | 3>[];

export const GAD7_FREQUENCY_OPTIONS = [
  { value: 0, label: { en: 'Not at all', es: 'Ningún día' } },
  { value: 1, label: { en: 'Several days', es: 'Varios días' } },
  { value: 2, label: { en: 'More than half the days', es: 'Más de la mitad de los días' } },
  { value: 3, label: { en: 'Nearly every day', es: 'Casi todos los días' } },
] as const satisfies readonly ChoiceOption<0 | 1 | 2 | 3>[];

export const DIFFICULTY_OPTIONS = [
  { value: 0, label: { en: 'Not difficult at all', es: 'No ha sido difícil' } },
  { value: 1, label: { en: 'Somewhat difficult', es: 'Un poco difícil' } },
  { value: 2, label: { en: 'Very difficult', es: 'Muy difícil' } },
  { value: 3, label: { en: 'Extremely difficult', es: 'Extremadamente difícil' } },
] as const satisfies readonly ChoiceOption<0 | 1 | 2 | 3>[];

/** Attribution required by the spec, shown under both instruments; the Spanish is the footer the
 * Spanish form prints (checked 2026-11-25, sources above), not a translation of the English. */
export const PHQ_ATTRIBUTION = {
  en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  es: 'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
} as const;
