// Read-only views of a snapshot for the app (use with `useSelector(actorRef, selectX)`).
import type { SnapshotFrom } from 'xstate';
import { submitRetryDelay } from './constants';
import type { IntakeMachine } from './machine';
import { progressAt } from './steps';
import type {
  EndReason,
  FieldError,
  IntakeAnswers,
  IntakeLanguage,
  IntakeNotice,
  IntakeScreen,
  IntakeSection,
  LockError,
  SubmitError,
} from './types';

export type IntakeSnapshot = SnapshotFrom<IntakeMachine>;

export function selectScreen(s: IntakeSnapshot): IntakeScreen {
  if (s.matches({ locked: 'unlocking' })) return 'unlocking';
  if (s.matches('locked')) return 'locked';
  if (s.matches('confirmIdentity')) return 'confirmIdentity';
  if (s.matches({ session: { flow: 'review' } })) return 'review';
  if (s.matches('session')) return 'answering';
  if (s.matches('submitting') || s.matches('discardingQueue')) return 'submitting';
  if (s.matches('offlineQueued')) return 'offlineQueued';
  if (s.matches('done')) return 'done';
  if (s.matches('cancelled')) return 'cancelled';
  if (s.matches('timingOut')) return 'timingOut';
  return 'timedOut';
}

export interface CurrentStep {
  id: string;
  section: IntakeSection;
  /** Index in the full step list. */
  index: number;
}

/** The step on screen while answering; null elsewhere (review included). */
export function selectCurrentStep(s: IntakeSnapshot): CurrentStep | null {
  if (!s.matches({ session: { flow: 'answering' } })) return null;
  const step = s.context.steps[s.context.stepIndex];
  return step ? { id: step.id, section: step.section, index: s.context.stepIndex } : null;
}

export function selectCurrentSection(s: IntakeSnapshot): IntakeSection | null {
  return selectCurrentStep(s)?.section ?? null;
}

/**
 * Position among the steps shown for the current answers (0-based `index`; `index === total` at
 * review). Skipped conditional steps are not counted.
 */
export function selectProgress(s: IntakeSnapshot): { index: number; total: number } {
  const progress = progressAt(s.context, s.context.stepIndex, s.context.answers);
  return s.matches({ session: { flow: 'review' } })
    ? { index: progress.total, total: progress.total }
    : progress;
}

export const selectLanguage = (s: IntakeSnapshot): IntakeLanguage => s.context.language;
export const selectAnswers = (s: IntakeSnapshot): IntakeAnswers => s.context.answers;
export const selectPrefilledCode = (s: IntakeSnapshot): string | null => s.context.prefilledCode;
export const selectLockError = (s: IntakeSnapshot): LockError | null => s.context.lockError;
export const selectNotice = (s: IntakeSnapshot): IntakeNotice | null => s.context.notice;
export const selectSubmitError = (s: IntakeSnapshot): SubmitError | null => s.context.submitError;
export const selectFieldErrors = (s: IntakeSnapshot): FieldError[] => s.context.fieldErrors;
export const selectEndReason = (s: IntakeSnapshot): EndReason | null => s.context.endReason;

/** "Are you <first name>?" */
export const selectGivenName = (s: IntakeSnapshot): string | null =>
  s.context.visit?.givenName ?? null;

export const selectPlannedTreatment = (s: IntakeSnapshot): string | null =>
  s.context.visit?.plannedTreatment ?? null;

/** Editing a section from review: the app can show "Back to review" (event REVIEW). */
export const selectEditingFromReview = (s: IntakeSnapshot): boolean =>
  s.context.editSection !== null;

export const selectInactivityWarning = (s: IntakeSnapshot): boolean =>
  s.matches({ session: { inactivity: 'inactivityWarning' } });

/** The guided rest is running (the app shows a REST_MS countdown from when this became true). */
export const selectResting = (s: IntakeSnapshot): boolean =>
  s.matches({ session: { flow: { answering: { vitals: 'resting' } } } });

export type DraftStatus = 'idle' | 'saving' | 'retrying';

export function selectDraftStatus(s: IntakeSnapshot): DraftStatus {
  if (s.matches({ session: { autosave: 'saving' } }) || s.matches('timingOut')) return 'saving';
  if (s.matches({ session: { autosave: 'retrying' } })) return 'retrying';
  return 'idle';
}

/** offlineQueued: retries so far, the wait before the next one, and whether the device copy failed. */
export function selectOfflineRetry(
  s: IntakeSnapshot,
): { attempt: number; nextDelayMs: number; sending: boolean; queueFailed: boolean } | null {
  if (!s.matches('offlineQueued')) return null;
  return {
    attempt: s.context.retryAttempt,
    nextDelayMs: submitRetryDelay(s.context.retryAttempt),
    sending: s.matches({ offlineQueued: 'retrying' }),
    queueFailed: s.context.queueFailed,
  };
}
