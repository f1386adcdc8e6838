import { defineConfig } from 'vitest/config';

// Property tests run hundreds of generated cases each: on a loaded 2-core machine (CI runs the
// packages' tests side by side) one can take several seconds, past vitest's 5 s default.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 } });
