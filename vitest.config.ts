import { availableParallelism } from 'node:os';
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
    // Threads start faster than forked processes: the whole run takes ~7 s less on 2 cores.
    pool: 'threads',
    // Every core: Vitest's default leaves one free, which on CI's 2 cores runs the tests one file at a time.
    maxWorkers: availableParallelism(),
    // Property and queueing tests simulate minutes of traffic; a loaded CI machine needs the headroom.
    testTimeout: 30_000,
  },
});
