/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The screening package is pure (no I/O, no globals), but its modules build tables when they load,
// which a bundler must otherwise keep. Declaring them free of side effects lets the first load
// carry only what the queue and new-visit screens use; the questionnaire and medication catalogue
// go with the lazy submission screen.
const screeningIsPure = (id: string) => !/packages[\\/]screening[\\/]src[\\/]/.test(id);

export default defineConfig({
  plugins: [react()],
  base: '/staff/',
  server: { port: 5174, proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { treeshake: { moduleSideEffects: screeningIsPure } },
  },
  test: { include: ['src/**/*.test.ts?(x)'] },
});
