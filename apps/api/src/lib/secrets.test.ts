import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCipheriv, randomBytes } from 'node:crypto';
import {
  decryptSecret,
  encryptSecret,
  keyId,
  parseEncryptionKey,
  resolveTotpKeys,
  sealedWithOldKey,
} from './secrets.js';

const key = Buffer.alloc(32, 1);
const keys = { current: key, previous: [] };
const other = Buffer.alloc(32, 2);

describe('TOTP secret encryption', () => {
  it('round-trips, with a new IV each time', () => {
    const a = encryptSecret(keys, 'JBSWY3DPEHPK3PXP');
    const b = encryptSecret(keys, 'JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(a.startsWith(`v2.${keyId(key)}.`)).toBe(true);
    expect(decryptSecret(keys, a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a wrong key or a tampered value', () => {
    const stored = encryptSecret(keys, 'JBSWY3DPEHPK3PXP');
    expect(() => decryptSecret({ current: other, previous: [] }, stored)).toThrow(
      /TOTP_ENCRYPTION_KEYS_OLD/,
    );
    const [v, id, iv, body, tag] = stored.split('.');
    const flipped = body!.startsWith('A') ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(() => decryptSecret(keys, [v, id, iv, flipped, tag].join('.'))).toThrow();
    // another key claiming the stored key id still fails authentication
    expect(() =>
      decryptSecret(
        { current: other, previous: [] },
        ['v2', keyId(other), iv, body, tag].join('.'),
      ),
    ).toThrow();
    expect(() => decryptSecret(keys, 'JBSWY3DPEHPK3PXP')).toThrow();
  });

  it('reads secrets sealed with a previous key, and says they need resealing', () => {
    const rotated = { current: other, previous: [Buffer.alloc(32, 5), key] };
    const sealedBefore = encryptSecret(keys, 'JBSWY3DPEHPK3PXP');
    expect(decryptSecret(rotated, sealedBefore)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealedWithOldKey(rotated, sealedBefore)).toBe(true);
    const sealedNow = encryptSecret(rotated, 'JBSWY3DPEHPK3PXP');
    expect(sealedWithOldKey(rotated, sealedNow)).toBe(false);
    expect(decryptSecret({ current: other, previous: [] }, sealedNow)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('reads the first stored form, without a key id, by trying each key', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update('JBSWY3DPEHPK3PXP', 'utf8'), cipher.final()]);
    const v1 = ['v1', iv, body, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    expect(decryptSecret(keys, v1)).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptSecret({ current: other, previous: [key] }, v1)).toBe('JBSWY3DPEHPK3PXP');
    expect(sealedWithOldKey(keys, v1)).toBe(true);
    expect(() => decryptSecret({ current: other, previous: [] }, v1)).toThrow();
  });

  it('takes a 32-byte key as base64 or hex and refuses anything else', () => {
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('hex'))).toEqual(key);
    expect(() => parseEncryptionKey('too-short')).toThrow(/32 random bytes/);
  });

  it('requires a key in production and generates one into the data folder in the demo', () => {
    expect(() =>
      resolveTotpKeys({ NODE_ENV: 'production', DATA_DIR: '/nonexistent/pglite' }),
    ).toThrow(/TOTP_ENCRYPTION_KEY/);
    const dir = mkdtempSync(join(tmpdir(), 'preflight-key-'));
    try {
      const config = { NODE_ENV: 'development', DATA_DIR: join(dir, 'pglite') };
      const first = resolveTotpKeys(config).current;
      const file = join(dir, 'totp-encryption.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(resolveTotpKeys(config).current).toEqual(first);
      expect(Buffer.from(readFileSync(file, 'utf8'), 'base64')).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes previous keys as a comma-separated list', () => {
    const config = {
      NODE_ENV: 'production',
      DATA_DIR: '/nonexistent/pglite',
      TOTP_ENCRYPTION_KEY: other.toString('base64'),
    };
    expect(resolveTotpKeys(config)).toEqual({ current: other, previous: [] });
    expect(
      resolveTotpKeys({
        ...config,
        TOTP_ENCRYPTION_KEYS_OLD: ` ${key.toString('hex')} ,${Buffer.alloc(32, 4).toString('base64')},`,
      }).previous,
    ).toEqual([key, Buffer.alloc(32, 4)]);
    expect(() => resolveTotpKeys({ ...config, TOTP_ENCRYPTION_KEYS_OLD: 'nope' })).toThrow(
      /TOTP_ENCRYPTION_KEYS_OLD/,
    );
  });
});
