// Random tokens and their stored hashes. Tokens are shown once; only sha256 digests are stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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
