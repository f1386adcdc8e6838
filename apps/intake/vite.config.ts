/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // The screening package is pure: what the tablet does not use (flag rules, the medication
      // catalogue outside its lazy chunk) must not ride along in the initial JS.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/screening/src/') },
      output: {
        // V8's compile hint for the entry and the questions: compile every function while the file
        // streams in (off the main thread), not lazily on its first call, inside the patient's
        // first taps. Added after minifying, which would drop it.
        postBanner: (chunk) =>
          chunk.isEntry || chunk.name === 'QuestionnaireScreens'
            ? '//# allFunctionsCalledOnLoad'
            : '',
      },
    },
  },
  test: { include: ['src/**/*.test.ts?(x)'] },
});
