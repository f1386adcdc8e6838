// Staff calls: the session cookie travels by itself; state changes carry the CSRF token.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string };
  };
  if (!response.ok)
    throw new ApiError(
      response.status,
      json.error?.code ?? 'unknown',
      json.error?.message ?? response.statusText,
    );
  return json as T;
}

export interface Me {
  user: { id: string; email: string; displayName: string; roles: string[] };
  csrfToken: string;
}

export interface TriageItem {
  id: string;
  status: string;
  submittedAt: string;
  patient: { givenName: string; familyName: string };
  openFlags: { urgent: number; review: number; info: number };
}
