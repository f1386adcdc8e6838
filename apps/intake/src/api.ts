// The tablet's calls to /api/intake/*. The intake token lives in memory only.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(
  path: string,
  init: RequestInit & { token?: string; idempotencyKey?: string },
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string };
  };
  if (!response.ok)
    throw new ApiError(
      response.status,
      body.error?.code ?? 'unknown',
      body.error?.message ?? response.statusText,
    );
  return body as T;
}

export interface StartedIntake {
  intakeToken: string;
  visit: { givenName: string; plannedTreatment: string };
}

export const startIntake = (code: string, birthDate: string) =>
  call<StartedIntake>('/api/intake/start', {
    method: 'POST',
    body: JSON.stringify({ code, birthDate }),
  });

export const submitIntake = (
  token: string,
  idempotencyKey: string,
  answers: unknown,
  language: string,
) =>
  call<{ submissionId: string }>('/api/intake/submit', {
    method: 'POST',
    token,
    idempotencyKey,
    body: JSON.stringify({ answers, language }),
  });
