// Structured logs that never carry answers, names, birth dates, passwords, tokens or cookies:
// requests are logged by method, route and status only, and sensitive keys are redacted anyway.
import type { FastifyServerOptions } from 'fastify';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.totp',
  '*.answers',
  '*.birthDate',
  '*.givenName',
  '*.familyName',
  '*.intakeToken',
  '*.csrfToken',
  '*.code',
];

/**
 * The path without its query string (it can hold a visit code) and without a flag's key, which
 * can carry what the patient typed (`meds.unrecognized:<name>`).
 */
export function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(/\/flags\/[^/]+/, '/flags/[key]');
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        url: loggedPath(req.url),
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
