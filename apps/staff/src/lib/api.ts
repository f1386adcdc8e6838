// Staff calls: the session cookie travels by itself; state changes carry the CSRF token. A locked or
// ended session is reported to the session layer, which hides patient data at once.
export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

type SessionListener = (code: 'session_locked' | 'unauthorized') => void;
let sessionListener: SessionListener | null = null;
export const onSessionProblem = (listener: SessionListener | null) => {
  sessionListener = listener;
};

/** Calls whose 401 answers the password just typed (or asks who is signed in), not a lost session. */
const SELF_AUTH_PATHS = ['/api/auth/login', '/api/auth/unlock', '/api/auth/me'];
const answersWithOwn401 = (path: string) =>
  SELF_AUTH_PATHS.includes(path) || path.endsWith('/sign-off');

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Cannot reach Preflight. Check the connection.');
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as {
    error?: { code: string; message: string; fields?: FieldError[] };
  };
  if (!response.ok) {
    const code = json.error?.code ?? (response.status === 404 ? 'not_found' : 'unknown');
    if (
      response.status === 401 &&
      (code === 'session_locked' || code === 'unauthorized') &&
      !answersWithOwn401(path)
    ) {
      sessionListener?.(code);
    }
    throw new ApiError(
      response.status,
      code,
      json.error?.message ?? `The server answered ${response.status}.`,
      json.error?.fields ?? [],
    );
  }
  return json as T;
}

/** A query string from the defined values only. */
export function query(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
