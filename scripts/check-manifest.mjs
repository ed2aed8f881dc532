// `npm run check:manifest`: custom-elements.json must be what the analyzer makes of src/ today, as
// committed (or staged): a fresh manifest is generated in memory and compared, so editors,
// frameworks and the README never read a stale one. Fix: `npm run build`, then commit the file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The arguments of `npm run build`'s `cem analyze`.
const argv = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--quiet'];

// noWrite: nothing lands on disk (with the default outdir the analyzer leaves package.json alone too).
const manifest = await cli({ argv, cwd: ROOT, noWrite: true });
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

// The staged copy, else the committed one; outside a git checkout, the file on disk.
let recorded;
try {
  recorded = execFileSync('git', ['show', ':custom-elements.json'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
} catch {
  recorded = fs.readFileSync(new URL('custom-elements.json', `file://${ROOT}`), 'utf8');
}

if (recorded === fresh) {
  console.log('manifest: custom-elements.json is current');
} else {
  console.error(
    'manifest: custom-elements.json (as committed) is stale: run `npm run build` and commit custom-elements.json',
  );
  process.exitCode = 1;
}
