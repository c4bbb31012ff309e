// Prints the gzip size of the JavaScript a first visit loads (the entry and its static imports), the
// lazy chunks, and the ratio to a bare React + React Flow app built by the same Vite.
// Usage: node scripts/size.mjs [--no-baseline]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_RATIO = 1.15;

function gz(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Initial JS = scripts and modulepreloads named in index.html. */
function initialAndLazy(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const sum = (files) => files.reduce((n, f) => n + gz(join(dist, f)), 0);
  return { initial: sum([...initial]), lazy: sum(all.filter((f) => !initial.has(f))), files: all.length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const app = initialAndLazy('dist');
console.log(`Initial JavaScript (gzip): ${kb(app.initial)}; lazy chunks: ${kb(app.lazy)} in ${app.files} files`);

if (!process.argv.includes('--no-baseline')) {
  const out = 'node_modules/.cache/baseline-dist';
  execFileSync('npx', ['vite', 'build', '--config', 'scripts/baseline/vite.config.ts'], { stdio: 'ignore' });
  if (existsSync(join(out, 'index.html'))) {
    const base = initialAndLazy(out);
    const ratio = app.initial / base.initial;
    console.log(`Bare React + React Flow (gzip): ${kb(base.initial)}; ratio ${ratio.toFixed(3)} (budget ${BUDGET_RATIO})`);
    if (ratio > BUDGET_RATIO) {
      console.error('Over the size budget.');
      process.exitCode = 1;
    }
  }
}
