import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The single file carries its icon too, so opening it from disk fetches nothing else. */
const inlineFavicon = {
  name: 'inline-favicon',
  transformIndexHtml(html: string) {
    const svg = readFileSync('public/favicon.svg', 'utf8');
    return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
  },
};

// `base: './'` keeps every asset URL relative, so dist/ works from any sub-folder of a course site.
export default defineConfig(({ mode }) => {
  if (mode === 'single') {
    return {
      base: './',
      plugins: [react(), viteSingleFile(), inlineFavicon],
      publicDir: false,
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
