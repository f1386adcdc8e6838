// @preflight/screening: the questionnaire, answers schemas and screening rules. Pure, no I/O.

// Languages and patient-facing strings
export { languageSchema, localize } from './i18n/localized-text';
export type { Language, LocalizedText } from './i18n/localized-text';
export {
  ANSWER_LABELS,
  BLOOD_PRESSURE_HOW_TO,
  DONE_SCREEN,
  NAVIGATION,
  READING_CHECK,
  REVIEW_SCREEN,
} from './i18n/ui-strings';

// Visit context
export {
  ageInYears,
  isoDateSchema,
  isoDateTimeSchema,
  PLANNED_TREATMENT_LABELS,
  plannedTreatmentSchema,
  visitContextSchema,
} from './visit/visit-context';
export type { PlannedTreatment, VisitContext } from './visit/visit-context';

// Questionnaire definition
export { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, SECTIONS } from './questionnaire/questionnaire';
export type { Questionnaire, SectionId, StepId } from './questionnaire/questionnaire';
export type {
  AnswerItem,
  ChoiceOption,
  EnableWhen,
  ItemType,
  QuestionnaireItem,
  Section,
  Step,
} from './questionnaire/item';
export { YES_NO_OPTIONS, YES_NO_UNSURE_OPTIONS, ARM_OPTIONS } from './questionnaire/options';
export {
  ALL_ITEMS,
  ALL_STEPS,
  ANSWER_ITEMS,
  findItem,
  findStep,
  itemsOfSection,
  itemsOfStep,
} from './questionnaire/item-index';
export type { IndexedItem } from './questionnaire/item-index';
export {
  isItemEnabled,
  isStepEnabled,
  itemShown,
  itemsDependingOnStep,
} from './questionnaire/conditions';
export type { ConditionVisit } from './questionnaire/conditions';
export { formatLinkId, getAnswer, parseLinkId } from './questionnaire/link-id';
export { englishLabel, englishQuestion } from './questionnaire/english-labels';

// Answers
export type {
  AboutAnswers,
  Answers,
  AttestAnswers,
  CardioAnswers,
  DraftAnswers,
  HealthAnswers,
  MedsAnswers,
  MoodAnswers,
  VitalsAnswers,
  YesNoUnsure,
} from './answers/answer-types';
export {
  answersSchema,
  answersSchemaFor,
  draftAnswersSchema,
  sectionSchema,
  stepDraftSchema,
  stepSchema,
} from './answers/answers-schema';
export { answerValueSchema, REQUIRED_MESSAGE } from './answers/item-schema';
export { medicationEntrySchema } from './answers/medication-entry';
export type { MedicationEntry } from './answers/medication-entry';
export { pruneHiddenAnswers } from './answers/prune-hidden';
export { fieldErrors } from './answers/field-errors';
export type { FieldError } from './answers/field-errors';

// Yes / no / not sure, as a schema of its own for other packages
export { yesNoUnsureSchema } from './answers/yes-no-unsure';

// Vitals
export { readingSchema, staffReadingInputSchema } from './vitals/reading';
export type { Reading, StaffReadingInput } from './vitals/reading';
export { READING_LIMITS, readingEntryWarnings } from './vitals/plausibility';
export type { EntryWarning, ReadingValueField } from './vitals/plausibility';
export { roundedMean, roundHalfUp, roundToTenth } from './vitals/rounding';
export { CM_PER_IN, heightInCm, KG_PER_LB, lbToKg, weightInKg } from './vitals/body-measures';
export { selectCurrentReadings, STAFF_READING_WINDOW_MINUTES } from './vitals/current-set';
export type { CurrentReadingSet, SourcedReading } from './vitals/current-set';

// Mood instruments
export { PHQ9_GROUP } from './mood/phq9';
export { GAD7_GROUP } from './mood/gad7';
export {
  DIFFICULTY_OPTIONS,
  GAD7_FREQUENCY_OPTIONS,
  PHQ9_FREQUENCY_OPTIONS,
  PHQ_ATTRIBUTION,
} from './mood/response-options';
export {
  GAD7_BANDS,
  gad7Band,
  gad7BandRange,
  gad7Score,
  PHQ9_BANDS,
  phq9Band,
  phq9BandRange,
  phq9Score,
} from './mood/scores';
export type { BandRange, Gad7Band, Phq9Band } from './mood/scores';

// Rules and flags
export { evaluateFlags } from './evaluate-flags';
export type { EvaluateOptions } from './rules/context';
export { flagSchema, flagValuesSchema } from './rules/flag';
export type { Flag, FlagValues } from './rules/flag';
export { needsAcknowledgement, SEVERITIES, SEVERITY_RANK, severitySchema } from './rules/severity';
export type { Severity, SeverityInfo } from './rules/severity';
export { isSourceKey, LOCAL_SOURCE_KEYS, SOURCES, SPEC_SOURCE_KEYS } from './rules/sources';
export type { Source, SourceKey } from './rules/sources';
export { RULE_CATALOGUE, RULE_SET_VERSION, RULES } from './rules/rule-table';
export type { RuleInfo } from './rules/rule-table';
export type { RaisedFlag, Rule, RuleContext } from './rules/rule';
export { compareFlags } from './rules/flag-order';

// Example data for tests and demos
export {
  baselineAnswers,
  EXAMPLE_AS_OF,
  exampleAnswers,
  exampleVisit,
  flagHeavyAnswers,
} from './fixtures';
