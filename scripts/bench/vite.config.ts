import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'scripts/bench',
  base: './',
  plugins: [react()],
  // The benchmark counts drawn packets through the test hook the shipped build lacks.
  define: { 'import.meta.env.VITE_TEST_HOOKS': '"1"' },
  logLevel: 'warn',
  build: { outDir: '../../node_modules/.cache/bench-dist', emptyOutDir: true },
});
