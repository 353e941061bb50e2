import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for the viewer (vite) and the tests (vitest).
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI: keep the pool small so the browser tests have room.
    maxWorkers: 2,
  },
});
