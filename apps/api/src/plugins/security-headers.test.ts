import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/seed-demo.js';
import { databaseKinds, startTestApp, type TestContext } from '../test/test-app.js';

const TEST_KEY = Buffer.alloc(32, 7).toString('base64');

describe.each(databaseKinds)('security headers and cookies on %s', (kind) => {
  let demo: TestContext;
  let production: TestContext;
  beforeAll(async () => {
    demo = await startTestApp(kind);
    production = await startTestApp(kind, {
      NODE_ENV: 'production',
      TOTP_ENCRYPTION_KEY: TEST_KEY,
    });
  });
  afterAll(async () => {
    await demo?.close();
    await production?.close();
  });

  it('sends a strict CSP and the usual hardening headers on every response', async () => {
    for (const url of ['/api/health', '/api/no-such-route']) {
      const response = await demo.app.inject({ method: 'GET', url });
      const csp = response.headers['content-security-policy'] as string;
      const directives = Object.fromEntries(
        csp.split(';').map((part) => {
          const [name, ...values] = part.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'none'",
        'frame-ancestors': "'none'",
      });
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
      });
      // no HSTS on plain-http localhost demo
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('keeps API answers out of the browser cache', async () => {
    const response = await demo.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('adds HSTS and upgrade-insecure-requests in production', async () => {
    const response = await production.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('uses a Secure __Host- cookie in production', async () => {
    const response = await production.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nurse@demo.preflight', password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-preflight_session=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
  });
});
