import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  newTemporaryPassword,
  passwordProblem,
  verifyPassword,
} from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id at OWASP’s minimum cost and verifies', async () => {
    const hash = await hashPassword('a long enough passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a long enough passphrase')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passphrasE')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('asks for 12 characters and nothing about their kinds', () => {
    expect(passwordProblem('elevenchars')).toMatch(/12 characters/);
    expect(passwordProblem('only lower case words')).toBeNull();
    expect(passwordProblem('ÄÖÜäöüßéèêëï')).toBeNull();
    // twelve characters as a person counts them, even outside the basic plane
    expect(passwordProblem('🙂'.repeat(11))).toMatch(/12 characters/);
  });

  it('refuses common passwords from the bundled list, whatever their case', () => {
    for (const common of ['password1234', 'qwertyuiop123', 'Qwerty123456', '1q2w3e4r5t6y'])
      expect(passwordProblem(common), common).toMatch(/too common/);
    expect(passwordProblem('zzzzzzzzzzzzzz')).toMatch(/too common/);
  });

  it('refuses the person’s own email address inside the password', () => {
    expect(passwordProblem('marta.lopez-2026!', { email: 'marta.lopez@clinic.org' })).toMatch(
      /email/,
    );
    expect(passwordProblem('a calm morning at the lake', { email: 'al@clinic.org' })).toBeNull();
  });

  it('makes temporary passwords that pass the policy and do not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const temporary = newTemporaryPassword();
      expect(temporary).toMatch(/^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);
      expect(temporary).not.toMatch(/[01il o]/);
      expect(passwordProblem(temporary)).toBeNull();
      seen.add(temporary);
    }
    expect(seen.size).toBe(200);
  });
});
