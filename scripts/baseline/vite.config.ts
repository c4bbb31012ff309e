import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'scripts/baseline',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../node_modules/.cache/baseline-dist', emptyOutDir: true },
});
