import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('refuses a per-account sign-in limit above ASVS’s 100 failures per hour', () => {
    expect(loadConfig({ LOGIN_FAILURES_PER_ACCOUNT: '100' }).LOGIN_FAILURES_PER_ACCOUNT).toBe(100);
    expect(() => loadConfig({ LOGIN_FAILURES_PER_ACCOUNT: '101' })).toThrow();
  });
});
