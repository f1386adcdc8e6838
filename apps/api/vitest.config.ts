import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test/global-setup.ts'],
    // PGlite start-up and argon2 hashing are slow on 2 cores; nothing here waits on wall time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
