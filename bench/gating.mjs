// The cost of gating: time from a decision to the last of N gated nodes handled (an inline script
// run, an iframe given its src), in headless Chromium, for N = 0 (the decision alone), 10, 100 and
// 1,000, and for scripts a single-page app adds after the decision (MutationObserver). Median of
// --runs (default 7) fresh pages per figure, round-robin. Prints a Markdown table and writes
// bench/results/gating.json. Needs dist/cookie-consent.js (`npm run build`).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';

const ROOT = new URL('..', import.meta.url);
const SIZES = [0, 10, 100, 1000];
const CASES = {
  scripts: {
    label: 'inline scripts in the page',
    node: (i) => `<script type="text/plain" data-consent="statistical">ran(${i})</script>`,
  },
  iframes: {
    label: 'iframes in the page',
    node: (i) =>
      `<iframe data-consent="statistical" data-src="/bench/gating-frame.html?${i}" width="4" height="4"></iframe>`,
  },
  added: {
    label: 'inline scripts added after the decision',
    node: () => '',
    added: (i) => `<script type="text/plain" data-consent="statistical">ran(${i})</script>`,
  },
};

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' } },
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive whole number, not ${options.runs}`);
if (!fs.existsSync(new URL('dist/cookie-consent.js', ROOT))) {
  throw new Error('dist/cookie-consent.js is missing: run `npm run build` first');
}

function page(kind, size) {
  const nodes = Array.from({ length: size }, (_, i) => CASES[kind].node(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gating ${kind} × ${size}</title>
<script>
  window.count = 0;
  window.ran = () => { if (++window.count === window.total) window.done(performance.now()); };
</script>
<script src="/dist/cookie-consent.js" defer></script></head>
<body><cookie-consent></cookie-consent>
${nodes}
</body></html>`;
}

/** Runs in the page: decides (then, for `added`, adds the nodes) and returns the milliseconds until the last one is handled. */
async function measure({ kind, size, added }) {
  await customElements.whenDefined('cookie-consent');
  // Gating comes with the integrations part, right after the banner's first paint: by the time a
  // visitor decides, it is there.
  while (!performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/parts/integrations.js')))
    await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  window.total = size;
  const finished = new Promise((resolve) => (window.done = resolve));
  if (kind === 'added') {
    window.cookieConsent.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const template = document.createElement('template');
    template.innerHTML = added;
    const start = performance.now();
    document.body.append(template.content);
    return (size ? await finished : performance.now()) - start;
  }
  const start = performance.now();
  window.cookieConsent.acceptAll();
  if (kind === 'scripts' && size) return (await finished) - start;
  const end = performance.now();
  const pending = [...document.querySelectorAll('iframe')].filter((frame) => !frame.hasAttribute('src'));
  if (pending.length) throw new Error(`${pending.length} iframes have no src after the decision`);
  return end - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const { server, origin } = await serve();
const browser = await launchChromium();
const samples = Object.fromEntries(
  Object.keys(CASES).map((kind) => [kind, Object.fromEntries(SIZES.map((size) => [size, []]))]),
);
try {
  for (let run = 0; run < RUNS; run++) {
    for (const size of SIZES) {
      for (const kind of Object.keys(CASES)) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.route(
          (url) => url.pathname.startsWith('/bench/gating'),
          (route) =>
            route.fulfill({
              contentType: 'text/html',
              body:
                new URL(route.request().url()).pathname === '/bench/gating.html'
                  ? page(kind, size)
                  : '<!doctype html><title>frame</title>',
            }),
        );
        if (process.env.DEBUG) console.error(kind, size);
        await tab.goto(`${origin}/bench/gating.html`, { waitUntil: 'load' });
        const added = CASES[kind].added ? Array.from({ length: size }, (_, i) => CASES[kind].added(i)).join('\n') : '';
        samples[kind][size].push(await tab.evaluate(measure, { kind, size, added }));
        await context.close();
      }
    }
    process.stderr.write(`gating: run ${run + 1}/${RUNS}\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const results = Object.fromEntries(
  Object.entries(samples).map(([kind, bySize]) => [
    kind,
    Object.fromEntries(
      Object.entries(bySize).map(([size, values]) => [
        size,
        { medianMs: +median(values).toFixed(2), runsMs: values.map((v) => +v.toFixed(2)) },
      ]),
    ),
  ]),
);
const format = (ms) => ms.toFixed(ms < 10 ? 2 : 1);
const lines = [
  `Gating, median of ${RUNS} runs, ms from the decision (or the insertion) to the last node handled; headless Chromium, no throttling`,
  '',
  `| gated nodes | ${Object.values(CASES)
    .map((c) => c.label)
    .join(' | ')} |`,
  `| ---: | ${Object.keys(CASES)
    .map(() => '---:')
    .join(' | ')} |`,
  ...SIZES.map(
    (size) =>
      `| ${size === 0 ? '0 (the decision alone)' : size.toLocaleString('en')} | ${Object.keys(CASES)
        .map((kind) => format(results[kind][size].medianMs))
        .join(' | ')} |`,
  ),
];
console.log(lines.join('\n'));
fs.mkdirSync(new URL('bench/results/', ROOT), { recursive: true });
fs.writeFileSync(
  new URL('bench/results/gating.json', ROOT),
  `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), runs: RUNS, sizes: SIZES, cases: Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, c.label])), results }, null, 2)}\n`,
);
