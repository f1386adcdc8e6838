// How the machine reads what an injected actor rejected with.
import type { EndReason, FieldError, LockError, RequestFailure } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const fields: FieldError[] = [];
  for (const item of value) {
    if (isRecord(item) && typeof item.path === 'string') {
      fields.push({
        path: item.path,
        message: typeof item.message === 'string' ? item.message : '',
      });
    }
  }
  return fields;
}

/** Normalises a rejection: an HTTP failure when it carries a numeric `status`, else network. */
export function toRequestFailure(error: unknown): RequestFailure {
  if (!isRecord(error) || typeof error.status !== 'number') return { kind: 'network' };
  const nested = isRecord(error.error)
    ? error.error
    : isRecord(error.body) && isRecord(error.body.error)
      ? error.body.error
      : {};
  const code =
    typeof error.code === 'string'
      ? error.code
      : typeof nested.code === 'string'
        ? nested.code
        : undefined;
  const fields = readFields(error.fields) ?? readFields(nested.fields);
  const failure: RequestFailure = { kind: 'http', status: error.status };
  if (code !== undefined) failure.code = code;
  if (fields !== undefined) failure.fields = fields;
  if (typeof error.currentRevision === 'number') failure.currentRevision = error.currentRevision;
  return failure;
}

/** An HTTP failure to reject with, for apps that do not have their own error class. */
export class IntakeRequestError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly fields: FieldError[] | undefined;
  readonly currentRevision: number | undefined;

  constructor(
    status: number,
    code?: string,
    options: { fields?: FieldError[]; currentRevision?: number } = {},
  ) {
    super(code ? `intake request failed: ${status} ${code}` : `intake request failed: ${status}`);
    this.name = 'IntakeRequestError';
    this.status = status;
    this.code = code;
    this.fields = options.fields;
    this.currentRevision = options.currentRevision;
  }
}

export function lockErrorOf(error: unknown): LockError {
  const failure = toRequestFailure(error);
  if (failure.kind === 'network') return 'network';
  if (failure.status === 429) return 'rate_limited';
  if (failure.status >= 500 || failure.status === 408) return 'server';
  return 'invalid';
}

export type SubmitOutcome =
  | { kind: 'retry' }
  | { kind: 'end'; reason: EndReason }
  | { kind: 'validation_failed'; fields: FieldError[] }
  | { kind: 'rejected' };

/**
 * What a failed submit means. Retried: no answer, 5xx, 408, 429, and 409 other than
 * `already_submitted` (the same key still running). Ended (see staff, queue dropped): 410, 409
 * `already_submitted` (this visit was submitted under another key), 401/403 (token revoked or
 * expired). Back to review: `validation_failed` with its field errors, or any other refusal.
 */
export function submitOutcomeOf(error: unknown): SubmitOutcome {
  const f = toRequestFailure(error);
  if (f.kind === 'network') return { kind: 'retry' };
  if (f.status >= 500 || f.status === 408 || f.status === 429) return { kind: 'retry' };
  if (f.status === 410) return { kind: 'end', reason: 'visit_cancelled' };
  if (f.status === 409) {
    return f.code === 'already_submitted'
      ? { kind: 'end', reason: 'already_submitted' }
      : { kind: 'retry' };
  }
  if (f.status === 401 || f.status === 403) return { kind: 'end', reason: 'unauthorized' };
  if (
    f.code === 'validation_failed' ||
    ((f.status === 400 || f.status === 422) && f.fields?.length)
  ) {
    return { kind: 'validation_failed', fields: f.fields ?? [] };
  }
  return { kind: 'rejected' };
}

export function isStaleRevision(error: unknown): boolean {
  const f = toRequestFailure(error);
  return f.kind === 'http' && f.status === 409 && f.code === 'stale_revision';
}

export function serverRevisionOf(error: unknown): number | undefined {
  const f = toRequestFailure(error);
  return f.kind === 'http' ? f.currentRevision : undefined;
}
