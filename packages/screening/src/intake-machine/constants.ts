/** No touch for this long while answering or reviewing: the "I'm still here" warning. */
export const INACTIVITY_WARNING_MS = 180_000;
/** Then this long more: the draft is saved and the screen locks. */
export const INACTIVITY_LOCK_MS = 60_000;
/** The done (and cancelled) screen resets itself after this long. */
export const DONE_RESET_MS = 60_000;
/** The guided rest before blood-pressure readings (inactivity is suspended meanwhile). */
export const REST_MS = 300_000;
/** A request (start, draft, submit) with no answer after this long counts as a network failure. */
export const REQUEST_TIMEOUT_MS = 15_000;
/** A failed autosave is retried after this long (or at the next step, whichever first). */
export const AUTOSAVE_RETRY_MS = 30_000;
/** Queued submission retries: 2 s, 4 s, 8 s … capped at 60 s. */
export const SUBMIT_RETRY_BASE_MS = 2_000;
export const SUBMIT_RETRY_MAX_MS = 60_000;
/** `confirmIdentity` left untouched this long goes back to the lock screen. */
export const IDENTITY_TIMEOUT_MS = INACTIVITY_WARNING_MS + INACTIVITY_LOCK_MS;
/** Immediate re-saves after `409 stale_revision` before waiting for the next retry. */
export const MAX_STALE_RETRIES = 5;

/** Delay before retry number `attempt` (0-based) of a queued submission. */
export function submitRetryDelay(attempt: number): number {
  return Math.min(SUBMIT_RETRY_BASE_MS * 2 ** Math.max(0, attempt), SUBMIT_RETRY_MAX_MS);
}
