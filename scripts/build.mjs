// `npm run build`: every shipped file, from the same sources. One `vite build` per file (a classic
// script is one IIFE, so each is a build of its own; see vite.config.ts), then the language files,
// the type declarations and the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'vite';
import { buildLanguages } from './build-i18n.mjs';
import { writeTable } from './build-time-zones.mjs';

const ROOT = new URL('..', import.meta.url);
const started = Date.now();
fs.rmSync(new URL('dist/', ROOT), { recursive: true, force: true });
writeTable(); // src/regimes/time-zones.generated.ts, before anything reads it

for (const mode of [
  'core',
  'full',
  'part:preferences',
  'part:integrations',
  'part:audit',
  'part:time-zones',
  'module',
]) {
  await build({ root: ROOT.pathname, mode, logLevel: 'warn', configFile: new URL('vite.config.ts', ROOT).pathname });
}
const languages = await buildLanguages();
const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet']);
run('node', ['scripts/build-types.mjs']); // framework typings, editor data, React wrapper, SRI (after the manifest)
console.log(`build: dist/ with ${languages} language files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
