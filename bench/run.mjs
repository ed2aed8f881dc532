// `npm run bench` (after `npm run build`): the comparison with the popular banners (bench/compare.mjs),
// then the scaling run of gated scripts and iframes (bench/gating.mjs) when it is there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const steps = ['compare.mjs', 'gating.mjs'].filter((file) => fs.existsSync(new URL(file, import.meta.url)));
for (const file of steps) {
  const script = new URL(file, import.meta.url).pathname;
  // Options such as --runs go to the comparison only; gating.mjs has its own.
  const { status } = spawnSync(process.execPath, [script, ...(file === 'compare.mjs' ? args : [])], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}
