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
// database dump alone cannot generate codes. Stored form: "v2.<key id>.<iv>.<ciphertext>.<tag>"
// (base64url), the key id naming the key that sealed it, so keys can be rotated: new secrets use the
// current key, older ones are still read with a previous key until re-encrypted. The first form,
// "v1.<iv>.<ciphertext>.<tag>", carries no key id and is read by trying each key in turn.
export interface TotpKeys {
  current: Buffer;
  /** earlier keys, only to read secrets sealed before a rotation */
  previous: Buffer[];
}

/** A short public name for a key: the start of its sha256, which tells nothing about the key. */
export const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

export function encryptSecret(keys: TotpKeys, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.current, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v2', keyId(keys.current), iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

function openSealed(key: Buffer, iv: string, body: string, tag: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

export function decryptSecret(keys: TotpKeys, stored: string): string {
  const parts = stored.split('.');
  const all = [keys.current, ...keys.previous];
  if (parts[0] === 'v2' && parts.length === 5) {
    const [, id, iv, body, tag] = parts as [string, string, string, string, string];
    const key = all.find((k) => keyId(k) === id);
    if (!key)
      throw new Error(
        `No TOTP key with id ${id}: add the key that sealed it to TOTP_ENCRYPTION_KEYS_OLD.`,
      );
    return openSealed(key, iv, body, tag);
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    const [, iv, body, tag] = parts as [string, string, string, string];
    for (const key of all) {
      try {
        return openSealed(key, iv, body, tag);
      } catch {
        // GCM refuses a wrong key: try the next
      }
    }
  }
  throw new Error('unreadable stored secret');
}

/** Whether a stored secret was sealed with anything but the current key (and should be resealed). */
export const sealedWithOldKey = (keys: TotpKeys, stored: string) =>
  !stored.startsWith(`v2.${keyId(keys.current)}.`);

export function parseEncryptionKey(value: string, name = 'TOTP_ENCRYPTION_KEY'): Buffer {
  const key = Buffer.from(value.trim(), /^[0-9a-f]{64}$/i.test(value.trim()) ? 'hex' : 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 random bytes, base64 or hex encoded.`);
  return key;
}

/**
 * The TOTP encryption keys. The current one: TOTP_ENCRYPTION_KEY when set (required in
 * production); in the demo a key generated once into the data folder; in tests a key that lives as
 * long as the process. Previous ones: TOTP_ENCRYPTION_KEYS_OLD, comma-separated.
 */
export function resolveTotpKeys(config: {
  TOTP_ENCRYPTION_KEY?: string | undefined;
  TOTP_ENCRYPTION_KEYS_OLD?: string | undefined;
  NODE_ENV: string;
  DATA_DIR: string;
}): TotpKeys {
  const previous = (config.TOTP_ENCRYPTION_KEYS_OLD ?? '')
    .split(',')
    .filter((value) => value.trim() !== '')
    .map((value) => parseEncryptionKey(value, 'Each of TOTP_ENCRYPTION_KEYS_OLD'));
  return { current: currentTotpKey(config), previous };
}

function currentTotpKey(config: {
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
