// Drives a page's own <cookie-consent> in headless Chromium and records what each step leaves in
// the browser: cookies (HttpOnly included), localStorage and sessionStorage keys, requests to
// other sites, gated scripts still waiting. Every step runs in a fresh browser context.
// The functions handed to page.evaluate run in the page.
/* global window, document, customElements, setTimeout */
import fs from 'node:fs';
import { hostOf, isOtherSite } from './hosts.mjs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A failure the user must fix (exit status 2), with a message for stderr. */
export class UsageError extends Error {}

const ELEMENT_TIMEOUT = 10_000;
const IDLE_TIMEOUT = 10_000;
const GATING_TIMEOUT = 3_000;

async function importPlaywright() {
  for (const name of ['playwright-core', 'playwright']) {
    try {
      return await import(name);
    } catch {
      // try the next one
    }
  }
  throw new UsageError(
    'cannot import playwright-core (nor playwright): install it beside this package, e.g. `npm install --save-dev playwright-core`',
  );
}

/** Launches Chromium: `--browser PATH`, else /usr/bin/chromium when it exists, else Playwright's own. */
export async function launch(browserPath) {
  const { chromium } = await importPlaywright();
  if (browserPath && !fs.existsSync(browserPath)) throw new UsageError(`no browser at ${browserPath}`);
  const executablePath = browserPath || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  } catch (error) {
    throw new UsageError(
      `cannot start Chromium${executablePath ? ` (${executablePath})` : ''}: ${firstLine(error)}\n` +
        'Pass --browser /path/to/chromium, or run `npx playwright install chromium`.',
    );
  }
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/** Loads (or reloads) and waits until the page has settled: network idle, then `settle` ms. */
async function settle(page, settleMs) {
  await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT }).catch(() => {});
  await page.waitForTimeout(settleMs);
}

/** Loads `url`; with `settleMs`, also waits for the page to settle. */
async function open(page, url, { settleMs, timeout }) {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout });
  } catch (error) {
    throw new UsageError(`cannot load ${url}: ${firstLine(error)}`);
  }
  if (response && response.status() >= 400) throw new UsageError(`cannot load ${url}: HTTP ${response.status()}`);
  if (settleMs !== undefined) await settle(page, settleMs);
}

/** Waits for the element to be defined and `window.cookieConsent` to exist; false when it never is. */
async function waitForElement(page) {
  const present = await page.evaluate(() => document.querySelector('cookie-consent') !== null);
  if (!present) return 'missing';
  const started = Date.now();
  const defined = await page.evaluate(
    (timeout) =>
      Promise.race([
        customElements.whenDefined('cookie-consent').then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), timeout)),
      ]),
    ELEMENT_TIMEOUT,
  );
  const ready =
    defined &&
    (await page
      .waitForFunction(() => Boolean(window.cookieConsent && document.querySelector('cookie-consent')?.content), null, {
        timeout: Math.max(1, ELEMENT_TIMEOUT - (Date.now() - started)),
        polling: 100,
      })
      .then(() => true)
      .catch(() => false));
  if (ready) await page.evaluate(() => document.querySelector('cookie-consent').updateComplete).catch(() => {});
  return ready ? 'ready' : 'undefined';
}

/** Runs in the page: whether gating has handled every gated script and embed the state allows. */
function nothingPending() {
  const accepted = window.cookieConsent?.state.accepted ?? [];
  const allowed = (node) =>
    node.dataset.consent
      .split(/\s+/)
      .filter(Boolean)
      .every((category) => accepted.includes(category));
  const scripts = [...document.querySelectorAll('script[type="text/plain"][data-consent]')].filter(allowed);
  const embeds = [...document.querySelectorAll(':is(iframe,img,video,embed)[data-consent][data-src]')].filter(
    (node) => allowed(node) && !node.hasAttribute('src'),
  );
  return scripts.length + embeds.length === 0;
}

/**
 * Whether gating had already done its work once the page settled; if not, waits a little for it
 * (a slow page may still be starting gated scripts once the network is idle).
 */
async function gatingDone(page) {
  if (await page.evaluate(nothingPending)) return true;
  await page.waitForFunction(nothingPending, null, { timeout: GATING_TIMEOUT, polling: 100 }).catch(() => {});
  return false;
}

/** What the browser holds now: cookies, storage keys, gated scripts, the consent state. */
async function snapshot(context, page) {
  const cookies = (await context.cookies()).map(({ name, domain, path, expires, httpOnly, secure, sameSite }) => ({
    name,
    domain,
    path,
    expires,
    httpOnly,
    secure,
    sameSite,
  }));
  const inPage = await page.evaluate(() => {
    const keys = (storage) => {
      try {
        return Object.keys(storage).sort();
      } catch {
        return [];
      }
    };
    const gated = [...document.querySelectorAll('script[type="text/plain"][data-consent]')].map((script) => ({
      categories: script.dataset.consent.split(/\s+/).filter(Boolean),
      src: script.getAttribute('src') ? script.src : null,
      text: script.getAttribute('src') ? null : script.textContent.trim().replace(/\s+/g, ' ').slice(0, 60),
    }));
    const state = window.cookieConsent?.state;
    return {
      localStorage: keys(window.localStorage),
      sessionStorage: keys(window.sessionStorage),
      gated,
      accepted: state ? [...state.accepted] : [],
    };
  });
  return { cookies, ...inPage };
}

/** The page's configuration, read from its element. */
async function readConfiguration(page) {
  return page.evaluate(() => {
    const element = document.querySelector('cookie-consent');
    const clone = (value) => {
      try {
        return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      } catch {
        return undefined;
      }
    };
    const child = element.querySelector(':scope > script[type="application/json"]');
    let written;
    try {
      written = child ? JSON.parse(child.textContent) : undefined;
    } catch {
      written = undefined;
    }
    const state = window.cookieConsent.state;
    const links = [...document.querySelectorAll('a[href]')].map((link) => link.href);
    return {
      content: clone(element.content) ?? {},
      optional: Object.keys(state.categories).filter((name) => name !== 'necessary'),
      cookieName: element.cookieName,
      regime: state.regime ?? 'opt-in',
      acceptedBefore: [...state.accepted],
      written: written && typeof written === 'object' ? written : undefined,
      property: clone(element.config),
      links,
    };
  });
}

/**
 * Runs one step in a fresh context. The first step: load, settle, record. A decision: load, wait
 * for the element, decide through `window.cookieConsent`, reload, settle (and give gating a moment
 * if it is still starting what the decision allows), record. Requests to other sites are counted
 * from the last load only: for a decision, from the reload on.
 */
async function step(browser, url, decide, options) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = new Map();
    let counting = !decide;
    context.on('request', (request) => {
      const target = request.url();
      if (!counting || !isOtherSite(url, target)) return;
      const host = hostOf(target);
      const seen = requests.get(host) ?? { host, url: target, count: 0 };
      seen.count += 1;
      requests.set(host, seen);
    });
    // A decision needs only the element: what the page does before it is the first step's.
    await open(page, url, decide ? { timeout: options.timeout } : options);
    const element = await waitForElement(page);
    let configuration;
    if (!decide) {
      if (element === 'ready') configuration = await readConfiguration(page);
    } else {
      if (element !== 'ready') throw new UsageError(`<cookie-consent> on ${url} was not ready for a decision`);
      await page.evaluate(
        (category) =>
          category === null ? window.cookieConsent.rejectAll() : window.cookieConsent.save({ [category]: true }),
        decide.category,
      );
      await page.waitForTimeout(50);
      counting = true;
      try {
        await page.reload({ waitUntil: 'load', timeout: options.timeout });
      } catch {
        // The page may have navigated on its own after the decision: load it once more.
        await open(page, url, { timeout: options.timeout });
      }
      await settle(page, options.settleMs);
      if ((await waitForElement(page)) === 'ready' && !(await gatingDone(page))) await settle(page, options.settleMs);
    }
    const seen = await snapshot(context, page);
    return { element, configuration, ...seen, requests: [...requests.values()] };
  } finally {
    await context.close().catch(() => {});
  }
}

export const stepLabel = (name, category) =>
  name === 'before' ? 'before any decision' : name === 'reject' ? 'after reject all' : `${category} accepted`;

/**
 * Checks one page: the step before any decision first (it reads the configuration), then the
 * refusal and one step per optional category, side by side in their own contexts.
 * Returns `{ url, configuration, steps: { before, reject, categories: { <name>: … } } }`.
 */
export async function observePage(browser, url, options, progress = () => {}) {
  const before = await step(browser, url, null, options);
  if (before.element === 'missing') throw new UsageError(`no <cookie-consent> element on ${url}`);
  if (before.element !== 'ready')
    throw new UsageError(
      `<cookie-consent> on ${url} was never defined (or window.cookieConsent never appeared) within ${ELEMENT_TIMEOUT / 1000} s: is dist/cookie-consent.js loaded?`,
    );
  const { configuration } = before;
  const decisions = [null, ...configuration.optional];
  const total = decisions.length + 1;
  let done = 1;
  progress(`${url}: ${stepLabel('before')} (${done}/${total})`);
  const results = await Promise.all(
    decisions.map(async (category) => {
      const result = await step(browser, url, { category }, options);
      done += 1;
      progress(`${url}: ${stepLabel(category === null ? 'reject' : 'category', category)} (${done}/${total})`);
      return [category, result];
    }),
  );
  const clean = ({ element: _element, configuration: _configuration, ...seen }) => seen;
  const steps = { before: clean(before), reject: undefined, categories: {} };
  for (const [category, result] of results) {
    if (category === null) steps.reject = clean(result);
    else steps.categories[category] = clean(result);
  }
  return { url, configuration, steps };
}
