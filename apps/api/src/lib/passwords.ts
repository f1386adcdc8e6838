// argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1), from a well-kept native binding.
// New passwords follow NIST SP 800-63B: at least 12 characters, no composition rules, and not a
// known common password (zxcvbn-ts's list of ~49,000 leaked passwords).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// Algorithm.Argon2id (a const enum, which isolated modules cannot import)
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A valid hash of a random value, so unknown accounts cost the same time as known ones.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-user-${randomBytes(16).toString('hex')}`);
  return dummyHash;
}

let commonPasswords: Set<string> | undefined;

/** Why a new password is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  // Counted in characters a person typed, not UTF-16 units.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words work well.`;
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  commonPasswords ??= new Set(dictionary['passwords-common']);
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower) || new Set(lower).size <= 2)
    return 'This password is too common. Choose something less predictable.';
  const email = context.email?.trim().toLowerCase();
  const localPart = email?.split('@')[0] ?? '';
  if (email && (lower.includes(email) || (localPart.length >= 4 && lower.includes(localPart))))
    return 'Do not use your email address in your password.';
  return null;
}

// Temporary passwords an admin reads out or hands over: 4 groups of 4 from the visit-code
// alphabet (no look-alikes), about 79 bits.
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    // rejection sampling keeps every character equally likely
    while (group.length < 4) {
      const byte = randomBytes(1)[0]!;
      if (byte < 248) group += TEMPORARY_ALPHABET[byte % TEMPORARY_ALPHABET.length];
    }
    groups.push(group);
  }
  return groups.join('-');
}
