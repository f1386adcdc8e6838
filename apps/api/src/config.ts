// Configuration from the environment, validated once at start.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(resolve(repoRoot, 'data/pglite')),
  // API processes sharing the port (node:cluster); only with PostgreSQL, as the API keeps no state.
  // One per core is the usual choice when PostgreSQL runs on another machine.
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.stringbool().default(false),
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  // Throttles (per hour). ASVS: at most 100 failed logins per account per hour.
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().max(100).default(20),
  LOGIN_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(100),
  // Failed intake starts per visit code and per client address, in a 15-minute window.
  INTAKE_START_FAILURES_PER_CODE: z.coerce.number().int().positive().default(5),
  INTAKE_START_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(50),
  // 32 random bytes (base64 or hex) that encrypt TOTP secrets at rest; required in production.
  TOTP_ENCRYPTION_KEY: z.string().optional(),
  // Earlier keys, comma-separated, kept after a rotation only to read secrets they sealed.
  TOTP_ENCRYPTION_KEYS_OLD: z.string().optional(),
  WEB_INTAKE_DIR: z.string().default(resolve(repoRoot, 'apps/intake/dist')),
  WEB_STAFF_DIR: z.string().default(resolve(repoRoot, 'apps/staff/dist')),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.parse(env);
  const production = parsed.NODE_ENV === 'production';
  return {
    ...parsed,
    production,
    /** demo mode seeds accounts and relaxes cookie security for http://localhost */
    demo: !production,
    host: parsed.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    database: parsed.DATABASE_URL
      ? ({ kind: 'postgres', url: parsed.DATABASE_URL } as const)
      : ({ kind: 'pglite', dataDir: parsed.DATA_DIR } as const),
  };
}
