// Medication catalogue, classes and name matching (spec `meds`). Pure TypeScript, no I/O.

export type { MedicationClass, MedicationClassId, MedicationClassSeverity } from './classes';
export { MEDICATION_CLASSES, MEDICATION_CLASS_EXAMPLES, getMedicationClass } from './classes';
export type { Drug } from './catalogue';
export { MEDICATION_ALIASES, MEDICATION_CATALOGUE } from './catalogue';
export { normalizeMedicationName } from './normalize';
export type { MedicationMatch, MedicationSuggestion } from './match';
export {
  FUZZY_MIN_LETTERS,
  getDrug,
  matchMedication,
  medicationIndexNames,
  suggestMedications,
} from './match';
