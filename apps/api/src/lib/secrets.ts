// Random tokens and their stored hashes (tokens are shown once; only sha256 digests are stored),
// visit codes, and the encryption of TOTP secrets at rest.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// Visit codes: 6 characters without look-alikes (no 0/O, 1/I/L), case-insensitive.
export const VISIT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newVisitCode(): string {
  const bytes = randomBytes(6);
  let code = '';
  for (const byte of bytes) code += VISIT_CODE_ALPHABET[byte % VISIT_CODE_ALPHABET.length];
  return code;
}

export const normalizeVisitCode = (code: string) => code.trim().toUpperCase().replace(/[\s-]/g, '');

export const hashVisitCode = (code: string) => sha256(`visit-code:${normalizeVisitCode(code)}`);

// TOTP secrets are stored encrypted (AES-256-GCM) with a key kept outside the database, so a
// database dump alone cannot generate codes. Stored form: "v1.<iv>.<ciphertext>.<tag>" (base64url).
export function encryptSecret(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, body, tag] = stored.split('.');
  if (version !== 'v1' || !iv || !body || !tag) throw new Error('unreadable stored secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

export function parseEncryptionKey(value: string): Buffer {
  const key = Buffer.from(value.trim(), /^[0-9a-f]{64}$/i.test(value.trim()) ? 'hex' : 'base64');
  if (key.length !== 32)
    throw new Error('TOTP_ENCRYPTION_KEY must be 32 random bytes, base64 or hex encoded.');
  return key;
}

/**
 * The TOTP encryption key: TOTP_ENCRYPTION_KEY when set (required in production); in the demo a
 * key generated once into the data folder; in tests a key that lives as long as the process.
 */
export function resolveTotpKey(config: {
  TOTP_ENCRYPTION_KEY?: string | undefined;
  NODE_ENV: string;
  DATA_DIR: string;
}): Buffer {
  if (config.TOTP_ENCRYPTION_KEY) return parseEncryptionKey(config.TOTP_ENCRYPTION_KEY);
  if (config.NODE_ENV === 'production')
    throw new Error(
      'Set TOTP_ENCRYPTION_KEY (32 random bytes, base64: `openssl rand -base64 32`) and keep it out of database backups.',
    );
  if (config.NODE_ENV === 'test') return randomBytes(32);
  const file = join(dirname(config.DATA_DIR), 'totp-encryption.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': never overwrite a key another process wrote a moment ago
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return parseEncryptionKey(readFileSync(file, 'utf8'));
}
