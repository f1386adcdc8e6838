import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, parseEncryptionKey, resolveTotpKey } from './secrets.js';

const key = Buffer.alloc(32, 1);

describe('TOTP secret encryption', () => {
  it('round-trips, with a new IV each time', () => {
    const a = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    const b = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(key, a)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a wrong key or a tampered value', () => {
    const stored = encryptSecret(key, 'JBSWY3DPEHPK3PXP');
    expect(() => decryptSecret(Buffer.alloc(32, 2), stored)).toThrow();
    const [v, iv, body, tag] = stored.split('.');
    const flipped = body!.startsWith('A') ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
    expect(() => decryptSecret(key, [v, iv, flipped, tag].join('.'))).toThrow();
    expect(() => decryptSecret(key, 'JBSWY3DPEHPK3PXP')).toThrow();
  });

  it('takes a 32-byte key as base64 or hex and refuses anything else', () => {
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('hex'))).toEqual(key);
    expect(() => parseEncryptionKey('too-short')).toThrow(/32 random bytes/);
  });

  it('requires a key in production and generates one into the data folder in the demo', () => {
    expect(() =>
      resolveTotpKey({ NODE_ENV: 'production', DATA_DIR: '/nonexistent/pglite' }),
    ).toThrow(/TOTP_ENCRYPTION_KEY/);
    const dir = mkdtempSync(join(tmpdir(), 'preflight-key-'));
    try {
      const config = { NODE_ENV: 'development', DATA_DIR: join(dir, 'pglite') };
      const first = resolveTotpKey(config);
      const file = join(dir, 'totp-encryption.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(resolveTotpKey(config)).toEqual(first);
      expect(Buffer.from(readFileSync(file, 'utf8'), 'base64')).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
