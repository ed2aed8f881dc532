// `npm run bench`, first part: the same page (bench/pages/) with no banner, a static HTML banner, this
// project's dist/cookie-consent.js and the most used peers, loaded in headless Chromium with 4× CPU
// throttling, round-robin so that machine noise hits every variant alike. Prints a Markdown table of
// medians and writes bench/results/compare.json. Options: --runs N (default 10), --only id,id.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouseRun from 'lighthouse';
import { chromium as playwrightChromium } from 'playwright';
import { CHROMIUM_FLAGS, chromiumExecutable, launchChromium } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';

const ROOT = new URL('..', import.meta.url);
const RESULTS = new URL('bench/results/', ROOT);

/**
 * `accept` finds the banner's accept button: each selector after the first is looked up in the
 * shadow root of the element the previous one found.
 */
const VARIANTS = [
  { id: 'baseline', label: 'no banner (baseline)', categories: '', accept: null },
  { id: 'static', label: 'static HTML banner', categories: '', accept: ['#accept-all'] },
  {
    id: 'cookie-consent-element',
    label: '**cookie-consent-element**',
    pkg: '.',
    categories: '4',
    accept: ['cookie-consent', '[part~="accept-all"]'],
  },
  {
    // The same page with 20 gated scripts (each about 10 ms of work): the accept click must still
    // paint at once, the scripts running after it.
    id: 'cookie-consent-element-gated',
    label: '**cookie-consent-element**, 20 gated scripts',
    pkg: '.',
    categories: '4',
    accept: ['cookie-consent', '[part~="accept-all"]'],
    page: 'cookie-consent-element',
    gated: 20,
  },
  {
    // regime="auto" for a visitor whose browser is on New York time: the opt-out notice, whose "OK"
    // stands where the accept button is measured. (Lighthouse cannot set a time zone: not run.)
    id: 'cookie-consent-element-us',
    label: '**cookie-consent-element**, US visitor (opt-out notice)',
    pkg: '.',
    categories: '4',
    accept: ['cookie-consent', '[part~="acknowledge"]'],
    page: 'cookie-consent-element',
    regime: 'auto',
    timezoneId: 'America/New_York',
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    pkg: 'vanilla-cookieconsent',
    categories: '4',
    accept: ['#cc-main .cm__btn[data-role="all"]'],
  },
  {
    id: 'klaro',
    label: 'klaro',
    pkg: 'klaro',
    categories: '4 (purposes)',
    accept: ['.klaro .cookie-notice .cm-btn-success'],
  },
  {
    id: 'osano-cookieconsent',
    label: "Osano's cookieconsent",
    pkg: 'cookieconsent',
    categories: 'none (allow / deny)',
    accept: ['.cc-window .cc-allow'],
  },
  {
    id: 'porsche-cookie-consent-banner',
    label: '@porscheofficial/cookie-consent-banner',
    pkg: '@porscheofficial/cookie-consent-banner',
    categories: '4',
    accept: ['cookie-consent-banner', '[part~="button-accept-all"]'],
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitronjs',
    pkg: 'tarteaucitronjs',
    categories: '3 services + mandatory',
    accept: ['#tarteaucitronPersonalize2'],
  },
];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '10' },
    only: { type: 'string' },
    'lighthouse-runs': { type: 'string', default: process.env.BENCH_LIGHTHOUSE_RUNS ?? '3' },
  },
});
const RUNS = Number(options.runs);
const LIGHTHOUSE_RUNS = Number(options['lighthouse-runs']);
const ONLY = options.only?.split(',');
const CPU_THROTTLING = 4;
const VIEWPORT = { width: 1280, height: 720 };
const SETTLE_MS = 1000; // after the accept button shows (and load), so late work and shifts are counted
const TIMEOUT_MS = 30_000;

const variants = VARIANTS.filter((variant) => !ONLY || ONLY.includes(variant.id) || variant.id === 'baseline');
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive whole number, not ${options.runs}`);
if (!fs.existsSync(new URL('dist/cookie-consent.js', ROOT))) {
  throw new Error('dist/cookie-consent.js is missing: run `npm run build` first (`npm run bench` does)');
}

function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(new URL('node_modules/lighthouse/package.json', ROOT), 'utf8')).version;
}

function versionOf(pkg) {
  const file = pkg === '.' ? new URL('package.json', ROOT) : new URL(`node_modules/${pkg}/package.json`, ROOT);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

// Fairness: every page holds exactly the baseline's content, only the banner differs.
const mainOf = (id) =>
  /<main>[\s\S]*<\/main>/.exec(fs.readFileSync(new URL(`bench/pages/${id}.html`, ROOT), 'utf8'))?.[0];
for (const variant of variants) {
  if (mainOf(variant.page ?? variant.id) !== mainOf('baseline'))
    throw new Error(`bench/pages/${variant.id}.html: <main> differs from baseline's`);
}

/** Runs in the page before its own scripts: observers, and a per-frame check for the accept button. */
function instrument(accept) {
  window.__bench = { acceptVisible: null, longTasks: [], layoutShift: 0, fcp: null, interactions: [] };
  const bench = window.__bench;
  // The accept click's Interaction to Next Paint: the longest event of the interaction.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) bench.interactions.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (!accept) return;
  const find = () => {
    let root = document;
    let element = null;
    for (const selector of accept) {
      if (!root) return null;
      element = root.querySelector(selector);
      if (!element) return null;
      root = element.shadowRoot;
    }
    return element;
  };
  const visible = (element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth
    );
  };
  const check = () => {
    const button = find();
    if (button && visible(button))
      bench.acceptVisible = performance.now(); // ms since navigation start
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function measure(browser, origin, variant) {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: variant.timezoneId });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.addInitScript(instrument, variant.accept);
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(pageUrl(origin, variant), { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (variant.accept) {
      await page.waitForFunction(() => globalThis.__bench.acceptVisible !== null, null, {
        timeout: TIMEOUT_MS,
        polling: 250,
      });
    }
    await page.waitForTimeout(SETTLE_MS);
    // What had arrived when the accept button showed: the critical path.
    const arrived = await page.evaluate(
      (visible) =>
        Object.fromEntries(
          performance
            .getEntriesByType('resource')
            .map((entry) => [entry.name, visible !== null && entry.responseEnd <= visible]),
        ),
      await page.evaluate(() => globalThis.__bench.acceptVisible),
    );
    // The heap before the click below: Playwright's click injects a helper script into the page.
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    let inp = null;
    if (variant.accept) {
      await page.evaluate(() => (globalThis.__bench.interactions = []));
      await page
        .locator(variant.accept.join(' >> '))
        .first()
        .click({ timeout: 5000 })
        .catch(() => {});
      await page.waitForTimeout(500);
      const durations = await page.evaluate(() => globalThis.__bench.interactions);
      // Under 16 ms an interaction is not reported: it painted within a frame.
      inp = durations.length ? Math.max(...durations) : 16;
    }
    const seen = await page.evaluate(() => globalThis.__bench);
    let raw = 0;
    let gzip = 0;
    let critical = 0;
    let requests = 0;
    for (const response of responses) {
      if (response.status() >= 400) continue; // the browser's own /favicon.ico guess
      const body = await response.body().catch(() => Buffer.alloc(0));
      const compressed = gzipSync(body, { level: 9 }).length;
      raw += body.length;
      gzip += compressed;
      // The page itself, and what finished loading before the accept button showed.
      if (response.request().resourceType() === 'document' || arrived[response.url()]) critical += compressed;
      requests += 1;
    }
    return {
      requests,
      raw,
      gzip,
      fcp: seen.fcp,
      acceptVisible: seen.acceptVisible,
      critical,
      longTasks: seen.longTasks.reduce((sum, duration) => sum + duration, 0),
      longestTask: seen.longTasks.length ? Math.max(...seen.longTasks) : 0,
      inp,
      layoutShift: seen.layoutShift,
      heap: usedSize,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * A variant's page; the gated one is served with its scripts added at the end of the body, one
 * with a `regime` with that attribute on its `<cookie-consent>`.
 */
function pageUrl(origin, variant) {
  const query = new URLSearchParams();
  if (variant.gated) query.set('gated', variant.gated);
  if (variant.regime) query.set('regime', variant.regime);
  return `${origin}/bench/pages/${variant.page ?? variant.id}.html${query.size ? `?${query}` : ''}`;
}
const GATED_SCRIPT = (i) =>
  `<script type="text/plain" data-consent="statistical">{const end=performance.now()+10;while(performance.now()<end);window.gatedRan=${i + 1}}</script>`;

const { server, origin } = await serve({
  transform: (url, body) => {
    if (!url.pathname.endsWith('.html')) return body;
    const gated = Number(url.searchParams.get('gated'));
    const regime = url.searchParams.get('regime');
    if (gated)
      body = body.replace('</body>', `${Array.from({ length: gated }, (_, i) => GATED_SCRIPT(i)).join('')}</body>`);
    if (regime) body = body.replace('<cookie-consent ', `<cookie-consent regime="${regime}" `);
    return body;
  },
});

/** Lighthouse 12 (mobile: simulated slow 4G, 4× CPU), medians of LCP, TBT and the performance score. */
async function runLighthouse(variant) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? playwrightChromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const runs = [];
  try {
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
      const result = await lighthouseRun(pageUrl(origin, variant), {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
      });
      const { audits, categories } = result.lhr;
      runs.push({
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        score: Math.round(categories.performance.score * 100),
      });
    }
  } finally {
    await chrome.kill();
  }
  return {
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    score: median(runs.map((r) => r.score)),
    runs,
  };
}
const lighthouse = {};
const browser = await launchChromium();
const samples = Object.fromEntries(variants.map((variant) => [variant.id, []]));
try {
  console.log(`bench: ${variants.length} pages × ${RUNS} runs, ${CPU_THROTTLING}× CPU throttling, round-robin`);
  // One unrecorded load of each page first: the browser's own first-use costs should not land on one variant.
  for (const variant of variants) await measure(browser, origin, variant);
  for (let run = 0; run < RUNS; run += 1) {
    // Round-robin, starting one further each round so no variant always follows the same one.
    const order = variants.map((_, index) => variants[(index + run) % variants.length]);
    for (const variant of order) samples[variant.id].push(await measure(browser, origin, variant));
    process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
}
try {
  if (LIGHTHOUSE_RUNS > 0) {
    console.log(`bench: Lighthouse ${lighthouseVersion()}, ${LIGHTHOUSE_RUNS} runs per page`);
    for (const variant of variants) if (!variant.timezoneId) lighthouse[variant.id] = await runLighthouse(variant);
  }
} finally {
  server.close();
}

const METRICS = [
  'requests',
  'raw',
  'gzip',
  'critical',
  'fcp',
  'acceptVisible',
  'longTasks',
  'longestTask',
  'inp',
  'layoutShift',
  'heap',
];
const baselineMedian = Object.fromEntries(METRICS.map((key) => [key, median(samples.baseline.map((s) => s[key]))]));
const rows = variants.map((variant) => {
  const medians = Object.fromEntries(METRICS.map((key) => [key, median(samples[variant.id].map((s) => s[key]))]));
  // What the banner adds to the page: requests and bytes beyond the baseline page's.
  medians.bannerRequests = medians.requests - baselineMedian.requests;
  medians.bannerRaw = medians.raw - baselineMedian.raw;
  medians.bannerGzip = medians.gzip - baselineMedian.gzip;
  medians.bannerCritical = medians.critical - baselineMedian.critical;
  medians.bannerHeap = medians.heap - baselineMedian.heap;
  return { ...variant, version: variant.pkg ? versionOf(variant.pkg) : '', samples: samples[variant.id], medians };
});

const reference = rows.find((row) => row.id === 'static')?.medians;
const ratio = (value, base) =>
  value === null || !base ? '' : ` (×${(value / base).toFixed(value / base < 10 ? 1 : 0)})`;
const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value === null ? '—' : Math.round(value).toString());
/** One table line; ratios against the static banner, except on the baseline's own line. */
function tableLine({ id, label, version, categories, medians: m }) {
  const against = id === 'baseline' ? undefined : reference;
  const cells = [
    label,
    version,
    categories,
    m.bannerRequests,
    kB(m.bannerRaw) + ratio(m.bannerRaw, against?.bannerRaw),
    kB(m.bannerGzip) + ratio(m.bannerGzip, against?.bannerGzip),
    kB(m.bannerCritical),
    ms(m.fcp),
    ms(m.acceptVisible) + ratio(m.acceptVisible, against?.acceptVisible),
    ms(m.longTasks),
    ms(m.longestTask),
    ms(m.inp),
    m.layoutShift.toFixed(3),
    Math.round(m.bannerHeap / 1e3).toString(),
    ...(lighthouse[id] ? [ms(lighthouse[id].lcp), ms(lighthouse[id].tbt), String(lighthouse[id].score)] : ['', '', '']),
  ];
  return `| ${cells.join(' | ')} |`;
}
const table = [
  '| banner | version | categories | requests | bytes raw (kB) | bytes gzip (kB) | critical path gzip (kB) | first contentful paint (ms) | accept visible (ms) | long tasks, total (ms) | longest task (ms) | accept click INP (ms) | layout shift | JS heap added (kB) | Lighthouse LCP (ms) | Lighthouse TBT (ms) | Lighthouse score |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(tableLine),
].join('\n');

const chromium = await (async () => {
  const probe = await launchChromium();
  try {
    return probe.version();
  } finally {
    await probe.close();
  }
})();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: fs.existsSync('/etc/os-release')
    ? /PRETTY_NAME="([^"]*)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1]
    : `${os.type()} ${os.release()}`,
  node: process.version,
  chromium,
};

console.log(
  `\nMedians of ${RUNS} runs; ${CPU_THROTTLING}× CPU throttling; ${VIEWPORT.width}×${VIEWPORT.height}; ` +
    `Chromium ${chromium}, ${machine.cpus} × ${machine.cpuModel}, ${machine.os}, Node ${machine.node}.\n` +
    'requests and bytes: what the banner adds to the page (beyond the baseline page). (×n): against the static banner.\n',
);
console.log(table);

fs.mkdirSync(RESULTS, { recursive: true });
const output = new URL('compare.json', RESULTS);
fs.writeFileSync(
  output,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      settings: { runs: RUNS, cpuThrottling: CPU_THROTTLING, viewport: VIEWPORT, settleMs: SETTLE_MS },
      units: { raw: 'bytes', gzip: 'bytes (level 9)', fcp: 'ms', acceptVisible: 'ms', longTasks: 'ms', heap: 'bytes' },
      lighthouse: {
        version: LIGHTHOUSE_RUNS > 0 ? lighthouseVersion() : null,
        runs: LIGHTHOUSE_RUNS,
        results: lighthouse,
      },
      variants: rows.map(({ accept: _accept, ...row }) => row),
      table,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nbench: wrote ${output.pathname.replace(new URL('.', ROOT).pathname, '')}`);
