import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Model and content tests run in node; anything under a React folder runs in happy-dom.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Property and queueing tests simulate minutes of traffic; a loaded CI machine needs the headroom.
    testTimeout: 30_000,
  },
});
