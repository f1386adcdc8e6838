// The tablet's calls to /api/intake/*. The intake token lives in memory (and inside the encrypted
// device queue), never in web storage. Failures reject with what the flow machine reads:
// `{ status, code, fields, currentRevision }` for an HTTP answer, a TypeError for no answer.
import type {
  IntakeServices,
  SaveDraftInput,
  StartIntakeInput,
  StartIntakeOutput,
  SubmitIntakeInput,
  SubmitIntakeOutput,
} from '@preflight/screening/intake-machine';
import { afterPaint } from './ui/focus';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly fields: { path: string; message: string }[] | undefined,
    readonly currentRevision: number | undefined,
  ) {
    super(`intake request failed: ${status}${code ? ` ${code}` : ''}`);
    this.name = 'ApiError';
  }
}

/** A request the server has not answered after this long counts as no answer. */
const REQUEST_TIMEOUT_MS = 15_000;

interface ErrorBody {
  error?: {
    code?: string;
    fields?: { path: string; message: string }[];
    currentRevision?: number;
  };
  currentRevision?: number;
}

async function call<T>(
  path: string,
  init: { method: string; body: unknown; token?: string; idempotencyKey?: string },
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
  const response = await fetch(path, {
    method: init.method,
    headers,
    body: JSON.stringify(init.body),
    cache: 'no-store',
    credentials: 'omit',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as ErrorBody).error;
    throw new ApiError(
      response.status,
      error?.code,
      error?.fields,
      error?.currentRevision ?? (body as ErrorBody).currentRevision,
    );
  }
  return body as T;
}

export const startIntake = (input: StartIntakeInput) =>
  call<StartIntakeOutput>('/api/intake/start', { method: 'POST', body: input });

export const saveDraft = async ({ intakeToken, ...body }: SaveDraftInput) => {
  // The new step is shown first, then the draft is serialised and sent.
  await new Promise<void>((resolve) => afterPaint(resolve));
  return call<unknown>('/api/intake/draft', { method: 'PUT', token: intakeToken, body });
};

export const submitIntake = ({
  intakeToken,
  idempotencyKey,
  answers,
  language,
}: SubmitIntakeInput) =>
  call<SubmitIntakeOutput>('/api/intake/submit', {
    method: 'POST',
    token: intakeToken,
    idempotencyKey,
    body: { answers, language },
  });

/** The network half of the machine's services; the device queue provides the rest. */
export const networkServices: Pick<IntakeServices, 'startIntake' | 'saveDraft' | 'submitIntake'> = {
  startIntake,
  saveDraft,
  submitIntake,
};
