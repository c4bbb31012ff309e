// Run before `playwright test` (after e2e-browser.mjs): the builds the end-to-end tests load besides
// the app itself (playwright.config.ts builds that): the single file and the custom element with the
// test hook, and the SCORM package. Environment set here, not in package.json, so it runs on any shell.
import { spawn } from 'node:child_process';

const run = (args, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npx ${args.join(' ')} exited with ${code}`))));
  });

const hooks = { VITE_TEST_HOOKS: '1' };
try {
  await Promise.all([
    run(['vite', 'build', '--mode', 'single', '--logLevel', 'warn'], hooks),
    run(['vite', 'build', '--mode', 'element', '--logLevel', 'warn'], hooks),
    run(['vite', 'build', '--mode', 'scorm', '--logLevel', 'warn']).then(() => run(['node', 'scripts/build-scorm.mjs'])),
  ]);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
