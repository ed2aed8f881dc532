// Firefox for the browser tests: a stock Firefox (Debian's firefox-esr, or FIREFOX_PATH) driven by
// puppeteer-core over WebDriver BiDi, since Playwright's own Firefox build cannot be downloaded everywhere.
import fs from 'node:fs';
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';

/** The Firefox to test in, or undefined when this machine has none (the tests then run in Chromium only). */
export function firefoxExecutable() {
  if (process.env.FIREFOX_PATH === '') return undefined; // FIREFOX_PATH= npm test: Chromium only
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']
    .filter(Boolean)
    .find((candidate) => fs.existsSync(candidate));
}

// Key names that Playwright and puppeteer's CDP keyboard know but its BiDi keyboard does not.
const BIDI_KEYS = { Space: ' ' };

/**
 * @web/test-runner-chrome's launcher with two changes that make Firefox behave like the Playwright
 * Chromium runs: every test file gets a fresh browser context (its own cookie jar; the stock
 * launcher shares one profile, so one file's consent cookie leaks into the next), and `sendKeys`
 * names like `Space` are translated for BiDi.
 */
class FirefoxLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const page = this.activePages.get(sessionId);
    const result = await super.stopSession(sessionId);
    this.inactivePages = this.inactivePages.filter((inactive) => inactive !== page);
    await page.puppeteerPage.browserContext().close();
    return result;
  }
}

async function newIsolatedPage({ browser }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => original(BIDI_KEYS[key] ?? key, ...rest);
  }
  return page;
}

export function firefoxLauncher({ executablePath = firefoxExecutable(), concurrency } = {}) {
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath, headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    newIsolatedPage,
    puppeteer,
    concurrency,
  );
}
