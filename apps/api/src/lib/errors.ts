// The one error shape of the API: { error: { code, message, fields? } }.
export const errorStatus = {
  validation_failed: 400,
  idempotency_key_missing: 400,
  unauthorized: 401,
  totp_required: 401,
  session_locked: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  flags_unacknowledged: 409,
  already_submitted: 409,
  flag_changed: 409,
  stale_revision: 409,
  visit_cancelled: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = errorStatus[code];
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
