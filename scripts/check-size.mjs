// `npm run size`: the size budgets, in gzip bytes (level 9, as a CDN would serve them). Each limit is
// a ratchet just above the figure of the day it was set (2026-12-01), so any growth is a decision
// someone makes here, in a reviewed commit. Raised on 2026-12-01 for per-service consent (#14: core
// +0.6 kB, dialog +0.4 kB) and regimes (#19: core +1.7 kB: regime and region settings, the map, the
// time zone asked of the browser, the opt-out notice). The critical path is what a first visit fetches before
// the banner shows: `cookie-consent.js`, English inside. A visitor in another language adds one
// language file; the parts come after the banner has painted (or when the visitor opens them).
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { file: 'dist/cookie-consent.js', what: 'critical path: the core, English inside', gzipLimit: 19_900 },
  { file: 'dist/parts/integrations.js', what: 'part: gating, clean-up, receipts, sync, checks', gzipLimit: 4_450 },
  { file: 'dist/parts/preferences.js', what: 'part: the dialog and <cookie-policy>', gzipLimit: 4_150 },
  { file: 'dist/parts/audit.js', what: 'part: the console audit (only with `audit`)', gzipLimit: 1_100 },
  { file: 'dist/parts/time-zones.js', what: 'part: the time-zone table (only without getTimeZones)', gzipLimit: 2_950 },
  { file: 'dist/cookie-consent.full.js', what: 'everything in one file', gzipLimit: 26_250 },
  { file: 'dist/i18n/*.js', what: 'each language file (non-ASCII written as \\u escapes)', gzipLimit: 1_400 },
];

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const gzip = (file) => gzipSync(fs.readFileSync(new URL(`../${file}`, import.meta.url)), { level: 9 }).length;

function filesOf(pattern) {
  if (!pattern.includes('*')) return [pattern];
  const directory = pattern.slice(0, pattern.lastIndexOf('/'));
  const url = new URL(`../${directory}/`, import.meta.url);
  return fs.existsSync(url)
    ? fs
        .readdirSync(url)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `${directory}/${name}`)
    : [];
}

let failed = false;
for (const { file, what, gzipLimit } of BUDGETS) {
  const files = filesOf(file).filter((name) => fs.existsSync(new URL(`../${name}`, import.meta.url)));
  if (!files.length) {
    console.error(`size: ${file} is missing; run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const [largest, size] = files.map((name) => [name, gzip(name)]).sort((a, b) => b[1] - a[1])[0];
  const over = size > gzipLimit;
  failed ||= over;
  const verdict = over ? `OVER BUDGET by ${kB(size - gzipLimit)}` : `within budget (${kB(gzipLimit - size)} left)`;
  const name = files.length > 1 ? `${file} (largest: ${largest})` : file;
  console.log(`size: ${name}, ${what}: ${kB(size)} gzip, limit ${kB(gzipLimit)}: ${verdict}`);
}
process.exitCode = failed ? 1 : 0;
