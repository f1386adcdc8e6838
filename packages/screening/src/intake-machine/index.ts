export { intakeMachine, normalizeCode } from './machine';
export type { IntakeMachine } from './machine';
export * from './constants';
export * from './selectors';
export { intakeActors, provideIntakeServices } from './services';
export {
  IntakeRequestError,
  lockErrorOf,
  submitOutcomeOf,
  toRequestFailure,
  type SubmitOutcome,
} from './failures';
export { mergeAnswers, nextShown, progressAt, REVIEW_STEP } from './steps';
export { INTAKE_SECTIONS } from './types';
export type * from './types';
