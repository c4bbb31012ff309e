import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// `base: './'` keeps every asset URL relative, so dist/ works from any sub-folder of a course site.
export default defineConfig(({ mode }) => {
  if (mode === 'single') {
    return {
      base: './',
      plugins: [react(), viteSingleFile()],
      build: { outDir: 'dist-single', emptyOutDir: true },
    };
  }
  if (mode === 'element') {
    return {
      base: './',
      plugins: [react()],
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: 'dist-element',
        emptyOutDir: true,
        lib: { entry: 'src/embed/element.tsx', formats: ['es'], fileName: () => 'web-stack-explorer.js', cssFileName: 'web-stack-explorer' },
      },
    };
  }
  return {
    base: './',
    plugins: [react()],
    build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 600 },
    preview: {
      headers: {
        'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'",
      },
    },
  };
});
