// regime="auto" in real browsers with a time zone set: Chromium through Playwright (`timezoneId`),
// Firefox (firefox-esr, driven by puppeteer-core over WebDriver BiDi) through its process's TZ. The
// pages (test/node/regime-pages/) load the built dist/cookie-consent.js; each zone is tried as the
// browser is, and with `Intl.Locale.prototype.getTimeZones` taken away before the page's scripts
// run, as in older browsers: then dist/parts/time-zones.js is fetched, and the answers are the same.
// Run with `node --test test/node/`.
/* global document, window -- READ runs in the page */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as puppeteer from 'puppeteer-core';
import { launchChromium } from '../../scripts/browser.mjs';
import { firefoxExecutable } from '../../scripts/firefox.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../../', import.meta.url);
const PAGES = '/test/node/regime-pages/';
const TABLE = '/dist/parts/time-zones.js';
const NO_GET_TIME_ZONES = 'delete Intl.Locale.prototype.getTimeZones;';

/** What the visitor and the site see once the first layer is up: the regime, the region, the layer's buttons. */
const READ = async (waitFor = 'banner') => {
  const element = document.querySelector('cookie-consent');
  const start = performance.now();
  const done = () =>
    waitFor === 'banner' ? element?.shadowRoot?.querySelector('[part~="banner"]') : window.cookieConsent?.region;
  while (!done() && performance.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
  const buttons = [...(element?.shadowRoot?.querySelectorAll('[part~="banner"] button') ?? [])];
  return {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    getTimeZones: typeof Intl.Locale.prototype.getTimeZones === 'function',
    events: window.seen.events,
    open: element?.open,
    regime: window.cookieConsent?.regime,
    region: window.cookieConsent?.region,
    buttons: buttons.map((button) => button.getAttribute('part')),
    warnings: window.seen.warnings,
  };
};

const BANNER = ['accept-all', 'reject-all', 'customize'];
const NOTICE = ['opt-out', 'customize', 'acknowledge'];

// [time zone, page, regime, region, first layer]
const CASES = [
  ['Europe/Paris', 'auto.html', 'opt-in', '', BANNER],
  ['America/New_York', 'auto.html', 'opt-out', 'US', NOTICE],
  ['America/Indianapolis', 'auto.html', 'opt-out', 'US', NOTICE],
  ['Asia/Calcutta', 'auto.html', 'opt-in', '', BANNER],
  ['Asia/Calcutta', 'auto-in.html', 'opt-out', 'IN', NOTICE],
  ['Asia/Kolkata', 'auto-in.html', 'opt-out', 'IN', NOTICE],
];

let origin;
let server;

before(async () => {
  // dist/ is rebuilt now and then by someone else: wait for the files a moment if they are missing.
  for (const file of ['dist/cookie-consent.js', 'dist/parts/time-zones.js', 'dist/parts/integrations.js']) {
    for (let tries = 0; tries < 50 && !fs.existsSync(new URL(file, ROOT)); tries++)
      await new Promise((resolve) => setTimeout(resolve, 200));
  }
  ({ server, origin } = await serve({ headers: () => ({ 'cache-control': 'no-store' }) }));
});

after(() => server?.close());

describe('Chromium with a browser time zone (Playwright timezoneId)', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  /** Opens `page` in a fresh context in `zone`; returns what READ saw and whether the table was requested. */
  async function visit(zone, page, { withoutGetTimeZones = false, waitFor = 'banner' } = {}) {
    const context = await browser.newContext({ timezoneId: zone });
    try {
      if (withoutGetTimeZones) await context.addInitScript(NO_GET_TIME_ZONES);
      const tab = await context.newPage();
      const requested = [];
      tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await tab.goto(`${origin}${PAGES}${page}`);
      const seen = await tab.evaluate(READ, waitFor);
      // A last look once the integrations part is in: nothing else was fetched late.
      await tab.waitForTimeout(50);
      return { ...seen, table: requested.includes(TABLE) };
    } finally {
      await context.close();
    }
  }

  it('this Chromium has getTimeZones (else the first half below would test nothing new)', async () => {
    const { getTimeZones } = await visit('Europe/Paris', 'opt-in.html');
    assert.equal(getTimeZones, true);
  });

  for (const withoutGetTimeZones of [false, true]) {
    for (const [zone, page, regime, region, buttons] of CASES) {
      const how = withoutGetTimeZones
        ? 'without getTimeZones (the table is fetched)'
        : 'with getTimeZones (nothing fetched)';
      it(`${zone}, ${page}: ${regime}${region ? `, region ${region}` : ''}, ${how}`, async () => {
        const seen = await visit(zone, page, { withoutGetTimeZones });
        assert.equal(seen.getTimeZones, !withoutGetTimeZones);
        assert.deepEqual(
          { regime: seen.regime, region: seen.region, buttons: seen.buttons, warnings: seen.warnings },
          { regime, region, buttons, warnings: [] },
        );
        assert.equal(seen.table, withoutGetTimeZones, `${TABLE} requested`);
      });
    }
  }

  // What does work when the table answers: the state, `open` and the events follow it.
  for (const [zone, page, regime, region] of CASES.filter(([, , regime]) => regime !== 'opt-in')) {
    it(`${zone}, ${page} without getTimeZones: the table's answer reaches the state (${regime}, ${region}) as a change`, async () => {
      const seen = await visit(zone, page, { withoutGetTimeZones: true, waitFor: 'region' });
      assert.deepEqual(
        { regime: seen.regime, region: seen.region, open: seen.open, table: seen.table, warnings: seen.warnings },
        { regime, region, open: true, table: true, warnings: [] },
      );
      // Until the table comes the visitor is under opt-in (nothing optional accepted, nothing shown).
      assert.deepEqual(seen.events, [
        ['consent-ready', 'opt-in'],
        ['consent-change', 'api'],
      ]);
    });
  }

  for (const [page, regime, region] of [
    ['opt-in.html', 'opt-in', ''],
    ['region.html', 'opt-in', 'DE'],
  ]) {
    it(`${page} never requests the time-zone table, even without getTimeZones and in a US time zone`, async () => {
      const seen = await visit('America/New_York', page, { withoutGetTimeZones: true });
      assert.deepEqual(
        { regime: seen.regime, region: seen.region, buttons: seen.buttons },
        { regime, region, buttons: BANNER },
      );
      assert.equal(seen.table, false, `${TABLE} requested`);
    });
  }
});

const firefox = firefoxExecutable();

describe('Firefox with the TZ of its process', { skip: firefox ? false : 'no Firefox on this machine' }, () => {
  /** A Firefox whose process runs in `zone`, opening pages in fresh contexts. */
  function firefoxIn(zone) {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        env: { ...process.env, TZ: zone },
      });
    });
    after(() => browser?.close());
    return async (page, { withoutGetTimeZones = false, waitFor = 'banner' } = {}) => {
      const context = await browser.createBrowserContext();
      try {
        const tab = await context.newPage();
        if (withoutGetTimeZones) await tab.evaluateOnNewDocument(NO_GET_TIME_ZONES);
        const requested = [];
        tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
        await tab.goto(`${origin}${PAGES}${page}`);
        const seen = await tab.evaluate(READ, waitFor);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { ...seen, table: requested.includes(TABLE) };
      } finally {
        await context.close();
      }
    };
  }
  const answer = ({ regime, region, buttons, warnings, table }) => ({ regime, region, buttons, warnings, table });

  describe('America/New_York', () => {
    const visit = firefoxIn('America/New_York');

    it("the notice (opt-out, region US) with the browser's getTimeZones, nothing fetched", async () => {
      const seen = await visit('auto.html');
      assert.equal(seen.zone, 'America/New_York');
      assert.equal(seen.getTimeZones, true, 'this Firefox has getTimeZones');
      assert.deepEqual(answer(seen), { regime: 'opt-out', region: 'US', buttons: NOTICE, warnings: [], table: false });
    });

    it('without getTimeZones: the table is fetched and the answer is the same', async () => {
      const seen = await visit('auto.html', { withoutGetTimeZones: true });
      assert.equal(seen.getTimeZones, false);
      assert.deepEqual(answer(seen), { regime: 'opt-out', region: 'US', buttons: NOTICE, warnings: [], table: true });
    });

    it('without getTimeZones: the table is fetched and its answer reaches the state (opt-out, US)', async () => {
      const seen = await visit('auto.html', { withoutGetTimeZones: true, waitFor: 'region' });
      assert.equal(seen.getTimeZones, false);
      assert.deepEqual(
        { regime: seen.regime, region: seen.region, open: seen.open, table: seen.table },
        { regime: 'opt-out', region: 'US', open: true, table: true },
      );
    });

    it('an opt-in page and a page with region never request the table, even without getTimeZones', async () => {
      const optIn = await visit('opt-in.html', { withoutGetTimeZones: true });
      assert.deepEqual(answer(optIn), { regime: 'opt-in', region: '', buttons: BANNER, warnings: [], table: false });
      const region = await visit('region.html', { withoutGetTimeZones: true });
      assert.deepEqual(answer(region), { regime: 'opt-in', region: 'DE', buttons: BANNER, warnings: [], table: false });
    });
  });

  describe("Asia/Kolkata (Firefox's canonical name for India; Chromium's is Asia/Calcutta)", () => {
    const visit = firefoxIn('Asia/Kolkata');

    it('with IN mapped to opt-out: the notice, region IN', async () => {
      const seen = await visit('auto-in.html');
      assert.equal(seen.zone, 'Asia/Kolkata');
      assert.deepEqual(answer(seen), { regime: 'opt-out', region: 'IN', buttons: NOTICE, warnings: [], table: false });
    });

    it('without a map for IN, and without getTimeZones: the table is fetched, opt-in', async () => {
      const seen = await visit('auto.html', { withoutGetTimeZones: true });
      assert.deepEqual(answer(seen), { regime: 'opt-in', region: '', buttons: BANNER, warnings: [], table: true });
    });

    it('with IN mapped to opt-out and without getTimeZones: the table is fetched and the answer is the same', async () => {
      const seen = await visit('auto-in.html', { withoutGetTimeZones: true });
      assert.deepEqual(answer(seen), { regime: 'opt-out', region: 'IN', buttons: NOTICE, warnings: [], table: true });
    });
  });
});
