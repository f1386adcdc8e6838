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

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // The path only: query strings can hold a visit code.
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
