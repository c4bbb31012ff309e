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

/** The SCORM package's entry: the app plus its session with the LMS (src/scorm/main.ts). */
const scormEntry = {
  name: 'scorm-entry',
  // Before Vite reads the page's entry from the script tag.
  transformIndexHtml: {
    order: 'pre' as const,
    handler: (html: string) => html.replace('src="./src/main.tsx"', 'src="./src/scorm/main.ts"'),
  },
};

/** Builds that are one file, or run on another site's page, carry the traffic worker inside them. */
const inlineWorker = { resolve: { alias: [{ find: /^\.\/makeWorker$/, replacement: './makeWorker.inline' }] } };

// `base: './'` keeps every asset URL relative, so dist/ works from any sub-folder of a course site.
export default defineConfig(({ mode }) => {
  if (mode === 'single') {
    return {
      ...inlineWorker,
      base: './',
      plugins: [react(), viteSingleFile(), inlineFavicon],
      publicDir: false,
      build: { outDir: 'dist-single', emptyOutDir: true },
    };
  }
  // The single file again, with the SCORM 1.2 session: only this build carries the SCORM code.
  if (mode === 'scorm') {
    return {
      ...inlineWorker,
      base: './',
      plugins: [scormEntry, react(), viteSingleFile(), inlineFavicon],
      publicDir: false,
      build: { outDir: 'dist-scorm/app', emptyOutDir: true },
    };
  }
  if (mode === 'element') {
    return {
      ...inlineWorker,
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
    build: {
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 600,
      // Every browser the tool supports preloads modules itself; without support a preload is only a
      // hint lost, so the polyfill's 0.3 KB (gzip) of the first view buys nothing.
      modulePreload: { polyfill: false },
      rollupOptions: {
        output: {
          // The store and the topology are in the first view anyway: in the entry's file they cost no
          // request and no gzip header of their own, and lazy chunks import them from there.
          manualChunks: (id: string) => (/\/src\/(main\.tsx|store\/ui\.ts|sim\/topology\.ts)$/.test(id) ? 'index' : undefined),
        },
      },
    },
    preview: {
      headers: {
        'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'",
      },
    },
  };
});
