// `npm run screenshots`: pictures of the real built component for the README (docs/screenshots/),
// so they never drift from the code. Run `npm run build` first.
import fs from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serve } from './serve.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
fs.mkdirSync(OUT, { recursive: true });

const CONFIG = `{"categories":{"necessary":{"cookies":[
 {"name":"sessionid","provider":"Opendatasoft","function":"Authentication (front and back office)","purpose":"To remember the user from one page to another","duration":"2 weeks"},
 {"name":"cookies_preferences","provider":"Opendatasoft","function":"Choices related to your cookie preferences","purpose":"To remember the visitor's cookie preferences","duration":"6 months"}]},
 "statistical":{"cookies":[{"name":"_pk_id.*","provider":"Matomo","function":"Audience statistics (front office)","purpose":"Visitor id","duration":"13 months"}]}}
 %TEXTS%}`;

const PAGE = ({
  attributes = '',
  lang = 'en',
  dir = 'ltr',
  texts = '',
  policy = false,
  footer = false,
}) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem;line-height:1.5}
@media (prefers-color-scheme: dark){body{background:#111;color:#eee}}</style>
<script src="/dist/cookie-consent.js" defer></script></head><body>
<h1>${policy ? 'Cookie policy' : 'North Sea Port open data'}</h1>
${policy ? '<cookie-policy></cookie-policy>' : "<p>Datasets about the port's traffic, berths and environment.</p>"}
<cookie-consent ${attributes}><script type="application/json">${CONFIG.replace('%TEXTS%', texts)}</script></cookie-consent>
${footer ? '<footer style="margin-top:40vh"><a href="/cookies">Cookie policy</a> · <a href="#" data-consent-open>Manage cookies</a></footer>' : ''}
</body></html>`;

const desktop = { width: 1200, height: 700 };
const phone = { width: 375, height: 740 };
const narrow = { width: 320, height: 640 };
const decided = 'statistical'; // a stored choice, so that the banner stays closed

const shots = [
  { name: 'banner-light', page: { attributes: 'theme="light" policy-url="/cookies"' }, viewport: desktop },
  {
    name: 'banner-dark',
    page: { attributes: 'theme="dark" policy-url="/cookies"' },
    viewport: desktop,
    colorScheme: 'dark',
  },
  { name: 'banner-phone', page: { attributes: 'policy-url="/cookies"' }, viewport: phone },
  { name: 'banner-320', page: { attributes: 'policy-url="/cookies"', lang: 'fr' }, viewport: narrow },
  {
    name: 'banner-fr',
    page: { attributes: 'policy-url="/cookies" position="bottom-left"', lang: 'fr' },
    viewport: desktop,
  },
  {
    name: 'banner-ja',
    page: { attributes: 'policy-url="/cookies"', lang: 'ja' },
    viewport: desktop,
    colorScheme: 'dark',
  },
  {
    name: 'banner-rtl',
    page: { attributes: 'policy-url="/cookies" position="bottom-left"', lang: 'ar', dir: 'rtl' },
    viewport: desktop,
  },
  { name: 'position-top', page: { attributes: 'position="top"' }, viewport: desktop },
  { name: 'position-bottom-right', page: { attributes: 'position="bottom-right"', lang: 'nl' }, viewport: desktop },
  { name: 'position-center', page: { attributes: 'position="center"', lang: 'de' }, viewport: desktop },
  { name: 'position-center-phone', page: { attributes: 'position="center"', lang: 'es' }, viewport: phone },
  {
    name: 'preferences',
    page: { attributes: 'theme="light"' },
    viewport: { width: 1200, height: 900 },
    preferences: true,
  },
  {
    name: 'preferences-phone-dark',
    page: { attributes: 'theme="dark"' },
    viewport: phone,
    colorScheme: 'dark',
    preferences: true,
  },
  { name: 'preferences-320', page: { lang: 'it' }, viewport: narrow, preferences: true },
  {
    name: 'preferences-zoom-200',
    page: { lang: 'nl' },
    viewport: { width: 640, height: 450 },
    scale: 2,
    preferences: true,
  },
  {
    name: 'preferences-phone-expanded',
    page: { attributes: 'privacy-url="/privacy"' },
    viewport: phone,
    preferences: true,
    expand: true,
  },
  {
    name: 'focus-footer-link',
    page: { attributes: 'policy-url="/cookies" privacy-url="/privacy"', footer: true },
    viewport: { width: 1280, height: 800 },
    focus: 'footer a',
  },
  {
    name: 'preferences-rtl',
    page: { lang: 'ar', dir: 'rtl' },
    viewport: { width: 1200, height: 900 },
    preferences: true,
  },
  {
    name: 'preferences-forced-colors',
    page: {},
    viewport: { width: 1200, height: 900 },
    forcedColors: 'active',
    preferences: true,
  },
  { name: 'cookie-policy', page: { policy: true }, viewport: { width: 1000, height: 1200 }, decided, fullPage: true },
  {
    name: 'cookie-policy-phone-dark',
    page: { policy: true, lang: 'fr' },
    viewport: phone,
    colorScheme: 'dark',
    decided,
    fullPage: true,
  },
];

const { server, origin } = await serve();
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const file = `/docs/screenshots/_${shot.name}.html`;
    fs.writeFileSync(new URL(`_${shot.name}.html`, OUT), PAGE(shot.page));
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale ?? 1,
      colorScheme: shot.colorScheme ?? 'light',
      forcedColors: shot.forcedColors ?? 'none',
      reducedMotion: 'reduce',
    });
    if (shot.decided) {
      const choice = {
        version: 1,
        id: '3b241101-e2bb-4255-8caf-4136c566a962',
        revision: 0,
        timestamp: new Date().toISOString(),
        categories: { necessary: true, statistical: true, 'first-party': false, 'third-party': false },
      };
      await context.addCookies([
        { name: 'cookies_preferences', value: encodeURIComponent(JSON.stringify(choice)), url: origin },
      ]);
    }
    const page = await context.newPage();
    await page.goto(origin + file);
    await page
      .locator(shot.decided ? 'cookie-policy [part~="save"]' : 'cookie-consent [part~="accept-all"]')
      .first()
      .waitFor();
    if (shot.preferences) {
      await page.locator('cookie-consent [part~="customize"]').click();
      await page.locator('cookie-consent [part~="save"]').waitFor();
    }
    if (shot.expand) {
      await page.evaluate(() =>
        document
          .querySelector('cookie-consent')
          .shadowRoot.querySelectorAll('details')
          .forEach((details) => (details.open = true)),
      );
    }
    if (shot.focus) {
      // As a keyboard user would: Tab from the page's start until the link has focus.
      await page.locator('h1').click();
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((selector) => document.activeElement?.matches(selector), shot.focus)) break;
      }
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: new URL(`${shot.name}.png`, OUT).pathname, fullPage: shot.fullPage ?? false });
    await context.close();
    fs.rmSync(new URL(`_${shot.name}.html`, OUT));
    console.log(`docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
