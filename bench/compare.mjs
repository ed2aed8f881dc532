// `npm run bench`, first part: the same page (bench/pages/) with no banner, a static HTML banner, this
// project's dist/cookie-consent.js and the most used peers, loaded in headless Chromium with 4× CPU
// throttling, round-robin so that machine noise hits every variant alike. Prints a Markdown table of
// medians and writes bench/results/compare.json. Options: --runs N (default 10), --only id,id.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/browser.mjs';
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
  options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '10' }, only: { type: 'string' } },
});
const RUNS = Number(options.runs);
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

function versionOf(pkg) {
  const file = pkg === '.' ? new URL('package.json', ROOT) : new URL(`node_modules/${pkg}/package.json`, ROOT);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

// Fairness: every page holds exactly the baseline's content, only the banner differs.
const mainOf = (id) =>
  /<main>[\s\S]*<\/main>/.exec(fs.readFileSync(new URL(`bench/pages/${id}.html`, ROOT), 'utf8'))?.[0];
for (const variant of variants) {
  if (mainOf(variant.id) !== mainOf('baseline'))
    throw new Error(`bench/pages/${variant.id}.html: <main> differs from baseline's`);
}

/** Runs in the page before its own scripts: observers, and a per-frame check for the accept button. */
function instrument(accept) {
  window.__bench = { acceptVisible: null, longTasks: [], layoutShift: 0, fcp: null };
  const bench = window.__bench;
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
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.addInitScript(instrument, variant.accept);
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${origin}/bench/pages/${variant.id}.html`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (variant.accept) {
      await page.waitForFunction(() => globalThis.__bench.acceptVisible !== null, null, {
        timeout: TIMEOUT_MS,
        polling: 250,
      });
    }
    await page.waitForTimeout(SETTLE_MS);
    const seen = await page.evaluate(() => globalThis.__bench);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    let raw = 0;
    let gzip = 0;
    let requests = 0;
    for (const response of responses) {
      if (response.status() >= 400) continue; // the browser's own /favicon.ico guess
      const body = await response.body();
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
      requests += 1;
    }
    return {
      requests,
      raw,
      gzip,
      fcp: seen.fcp,
      acceptVisible: seen.acceptVisible,
      longTasks: seen.longTasks.reduce((sum, duration) => sum + duration, 0),
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

const { server, origin } = await serve();
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
  server.close();
}

const METRICS = ['requests', 'raw', 'gzip', 'fcp', 'acceptVisible', 'longTasks', 'layoutShift', 'heap'];
const baselineMedian = Object.fromEntries(METRICS.map((key) => [key, median(samples.baseline.map((s) => s[key]))]));
const rows = variants.map((variant) => {
  const medians = Object.fromEntries(METRICS.map((key) => [key, median(samples[variant.id].map((s) => s[key]))]));
  // What the banner adds to the page: requests and bytes beyond the baseline page's.
  medians.bannerRequests = medians.requests - baselineMedian.requests;
  medians.bannerRaw = medians.raw - baselineMedian.raw;
  medians.bannerGzip = medians.gzip - baselineMedian.gzip;
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
    ms(m.fcp),
    ms(m.acceptVisible) + ratio(m.acceptVisible, against?.acceptVisible),
    ms(m.longTasks),
    m.layoutShift.toFixed(3),
    (m.heap / 1e6).toFixed(2) + ratio(m.heap, against?.heap),
  ];
  return `| ${cells.join(' | ')} |`;
}
const table = [
  '| banner | version | categories | requests | bytes raw (kB) | bytes gzip (kB) | first contentful paint (ms) | accept visible (ms) | long tasks (ms) | layout shift | JS heap (MB) |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
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
      variants: rows.map(({ accept: _accept, ...row }) => row),
      table,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nbench: wrote ${output.pathname.replace(new URL('.', ROOT).pathname, '')}`);
