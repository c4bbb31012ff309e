import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'scripts/bench',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../node_modules/.cache/bench-dist', emptyOutDir: true },
});
