// Types of the intake flow machine: its input, context, events, and the contracts of the
// actors the app injects (`intakeMachine.provide({ actors })`). No runtime code here.

export const INTAKE_SECTIONS = ['about', 'cardio', 'health', 'vitals', 'meds', 'mood'] as const;
export type IntakeSection = (typeof INTAKE_SECTIONS)[number];

export type IntakeLanguage = 'en' | 'es';

/** One screen of the questionnaire, as the questionnaire package lists them (in order). */
export interface IntakeStep {
  id: string;
  section: IntakeSection;
}

/** Answers as the questionnaire nests them (`{ about: {...}, cardio: {...}, ... }`); opaque here. */
export type IntakeAnswers = Record<string, unknown>;

export interface IntakeVisitContext {
  plannedTreatment: string;
}

/** Whether a (conditional) step is shown for these answers; steps for which it is false are skipped. */
export type StepApplies = (stepId: string, answers: unknown, visit: IntakeVisitContext) => boolean;

export interface IntakeMachineInput {
  steps: ReadonlyArray<IntakeStep>;
  stepApplies?: StepApplies;
  /** From the QR code (`/?code=XXXXXX`); prefilled on the lock screen. */
  code?: string;
  /** Language of the lock screen; also what each new patient starts with. Default `en`. */
  language?: IntakeLanguage;
}

/** A `{ path, message }` entry of the API error shape (`path` a linkId). */
export interface FieldError {
  path: string;
  message: string;
}

// ---- actor contracts ------------------------------------------------------------------------
//
// Every actor rejects on failure. What it rejects with is read by `toRequestFailure`:
// - `{ kind: 'network' }`, or anything unrecognised (a `TypeError` from `fetch`), is a network
//   failure (no answer from the server);
// - an object (or Error) with a numeric `status` is an HTTP failure; `code` and `fields` are read
//   from the object itself or from the API's `{ error: { code, fields } }` body under `error` or
//   `body.error`. `currentRevision` (optional) is the server's stored draft revision, when known.

export interface StartIntakeInput {
  /** Normalised: upper case, no spaces or dashes. */
  code: string;
  birthDate: string;
}

export interface IntakeVisit {
  givenName: string;
  plannedTreatment: string;
}

export interface IntakeDraft {
  answers: unknown;
  /** The step id the patient was on, or `'review'`. */
  step: string;
  language: string;
  revision: number;
}

/** `POST /api/intake/start` 200 body (extra fields such as `questionnaire` are ignored). */
export interface StartIntakeOutput {
  intakeToken: string;
  visit: IntakeVisit;
  draft?: IntakeDraft | null;
}

/** `PUT /api/intake/draft` */
export interface SaveDraftInput {
  intakeToken: string;
  answers: IntakeAnswers;
  /** Current step id, or `'review'`. */
  step: string;
  language: IntakeLanguage;
  /** 1, 2, 3… strictly increasing; never reused, even on a retry. */
  revision: number;
}

/** `POST /api/intake/submit` with the `Idempotency-Key` header. */
export interface SubmitIntakeInput {
  intakeToken: string;
  answers: IntakeAnswers;
  language: IntakeLanguage;
  /** The same on every try of one submission. */
  idempotencyKey: string;
}

export interface SubmitIntakeOutput {
  submissionId: string;
}

/** The app encrypts and stores the submission on the device until delivered. */
export type QueueSubmissionInput = SubmitIntakeInput;

export interface ClearQueuedSubmissionInput {
  idempotencyKey: string;
}

/** Plain async functions; `intakeActors()` wraps them as the actors the machine invokes. */
export interface IntakeServices {
  startIntake: (input: StartIntakeInput) => Promise<StartIntakeOutput>;
  saveDraft: (input: SaveDraftInput) => Promise<unknown>;
  submitIntake: (input: SubmitIntakeInput) => Promise<SubmitIntakeOutput>;
  /** e.g. `async () => crypto.randomUUID()` */
  createIdempotencyKey: () => Promise<string>;
  queueSubmission: (input: QueueSubmissionInput) => Promise<unknown>;
  clearQueuedSubmission: (input: ClearQueuedSubmissionInput) => Promise<unknown>;
}

export type RequestFailure =
  | { kind: 'network' }
  | {
      kind: 'http';
      status: number;
      code?: string;
      fields?: FieldError[];
      currentRevision?: number;
    };

// ---- context ------------------------------------------------------------------------------

/** Lock-screen error: 401 and other refusals are one generic message. */
export type LockError = 'invalid' | 'rate_limited' | 'network' | 'server';

/** `ask_staff`: identity refused. `timed_out`: locked by inactivity (draft saved or not). */
export type IntakeNotice = 'ask_staff' | 'timed_out' | 'timed_out_unsaved';

/** Why a submission came back to review. */
export type SubmitError = 'validation_failed' | 'rejected' | 'key_unavailable';

/** Why the intake ended at `cancelled` (all: please see staff). */
export type EndReason = 'visit_cancelled' | 'already_submitted' | 'unauthorized';

export interface IntakeContext {
  steps: ReadonlyArray<IntakeStep>;
  stepApplies: StepApplies | undefined;
  defaultLanguage: IntakeLanguage;
  prefilledCode: string | null;
  lockError: LockError | null;
  notice: IntakeNotice | null;
  // the current patient (wiped by `done`, `cancelled` and every lock)
  intakeToken: string | null;
  visit: IntakeVisit | null;
  draft: IntakeDraft | null;
  answers: IntakeAnswers;
  /** Index into `steps`; `steps.length` means review. */
  stepIndex: number;
  /** Set while editing a section from review: leaving it returns to review. */
  editSection: IntakeSection | null;
  language: IntakeLanguage;
  languageChosen: boolean;
  /** Last draft revision used (sent or known stored). */
  revision: number;
  lastSavedRevision: number;
  draftDirty: boolean;
  staleRetries: number;
  idempotencyKey: string | null;
  pendingSubmission: SubmitIntakeInput | null;
  submitError: SubmitError | null;
  fieldErrors: FieldError[];
  retryAttempt: number;
  /** Key of the submission stored in the device queue, until cleared. */
  queuedKey: string | null;
  queueFailed: boolean;
  submissionId: string | null;
  endReason: EndReason | null;
}

// ---- events -------------------------------------------------------------------------------

/** Events the app sends. */
export type IntakeEvent =
  | { type: 'UNLOCK'; code: string; birthDate: string }
  | { type: 'IDENTITY.YES' }
  | { type: 'IDENTITY.NO' }
  /** Merge the step's answers (deep merge of plain objects; `undefined` removes a key). */
  | { type: 'STEP.SAVE'; answers: IntakeAnswers }
  | { type: 'NEXT'; answers?: IntakeAnswers }
  | { type: 'BACK' }
  /** From review: jump to a section (its first shown step) or a step. */
  | { type: 'EDIT'; section?: IntakeSection; stepId?: string }
  /** While editing from review: straight back to review. */
  | { type: 'REVIEW' }
  | { type: 'SUBMIT'; answers?: IntakeAnswers }
  | { type: 'SET_LANGUAGE'; language: IntakeLanguage }
  /** Any touch. */
  | { type: 'ACTIVITY' }
  | { type: 'STILL_HERE' }
  | { type: 'REST.START' }
  | { type: 'REST.END' }
  /** offlineQueued: try sending now. */
  | { type: 'RETRY' }
  /** Staff: leave done / cancelled / offlineQueued / timedOut for the lock screen. */
  | { type: 'RESET' };

/** Raised by the machine itself. */
export type IntakeInternalEvent =
  { type: 'internal.inactivity.suspend' } | { type: 'internal.inactivity.resume' };

export type IntakeMachineEvent = IntakeEvent | IntakeInternalEvent;

/** One word for the app's router. */
export type IntakeScreen =
  | 'locked'
  | 'unlocking'
  | 'confirmIdentity'
  | 'answering'
  | 'review'
  | 'submitting'
  | 'offlineQueued'
  | 'done'
  | 'cancelled'
  | 'timingOut'
  | 'timedOut';
