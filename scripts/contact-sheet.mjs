// `node scripts/contact-sheet.mjs` (after `npm run build`): the banner and the open preferences
// dialog in every built-in language, English included, on a 375 × 667 phone, composed into one image,
// docs/screenshots/languages-contact-sheet.png, to look over every translation at a glance.
//
// Fonts: every script needs one, or its texts show as boxes (tofu). Debian's default fonts (DejaVu,
// Liberation, Droid Sans Fallback) cover Latin, Greek, Cyrillic, Arabic, Persian, Hebrew, Chinese and
// Japanese, but neither Korean (Hangul) nor Hindi (Devanagari). Install `fonts-noto-cjk` (Korean, and
// Chinese and Japanese each in its own glyph shapes) and `fonts-noto-core` (Noto Sans Devanagari):
//   apt-get install --no-install-recommends fonts-noto-cjk fonts-noto-core
// (fonts-noto-core also makes Noto Sans the default sans-serif, so Latin text changes a little too).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serve } from './serve.mjs';

const ROOT = new URL('..', import.meta.url);
const OUT = new URL('../docs/screenshots/languages-contact-sheet.png', import.meta.url);
const VIEWPORT = { width: 375, height: 667 };
const CELL = 300; // px: each shot is scaled to this width on the sheet
const COLUMNS = 9;

/** English, then every built-in language as `LANGUAGES` lists it in src/i18n/index.ts. */
function languages() {
  const source = fs.readFileSync(new URL('src/i18n/index.ts', ROOT), 'utf8');
  const list = /export const LANGUAGES = \[([\s\S]*?)\] as const/.exec(source)?.[1];
  if (!list) throw new Error('LANGUAGES not found in src/i18n/index.ts');
  const tags = [...list.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
  const missing = tags.filter((tag) => !fs.existsSync(new URL(`dist/i18n/${tag}.js`, ROOT)));
  if (missing.length) throw new Error(`dist/i18n/ lacks ${missing.join(', ')}: run npm run build first`);
  return ['en', ...tags];
}

const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

// Two categories with cookies, so that the dialog shows its tables, their headings and counts.
const CONFIG = JSON.stringify({
  categories: {
    necessary: {
      cookies: [
        { name: 'sessionid', provider: 'Example', purpose: 'Session', duration: '2 weeks' },
        { name: 'cookies_preferences', provider: 'Example', purpose: 'Consent', duration: '6 months' },
      ],
    },
    statistical: { cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: 'Visitor id', duration: '13 months' }] },
  },
});

const PAGE = (tag) => `<!doctype html>
<html lang="${tag}" dir="${RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#555}</style>
<script src="/dist/cookie-consent.js" defer></script></head><body>
<h1>Open data</h1><p>Datasets about the port's traffic, berths and environment.</p>
<cookie-consent policy-url="/cookies" privacy-url="/privacy"><script type="application/json">${CONFIG}</script></cookie-consent>
</body></html>`;

/** The banner (the part of the screen it covers) and the open dialog, as PNG data URLs. */
async function shoot(browser, origin, tag) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', locale: tag });
  try {
    const page = await context.newPage();
    const url = `${origin}/_contact-sheet/${tag}.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE(tag) }));
    await page.goto(url);
    const banner = page.locator('cookie-consent [part~="banner"]');
    await page.locator('cookie-consent [part~="accept-all"]').waitFor();
    const spoken = await banner.getAttribute('lang');
    if (spoken !== tag) throw new Error(`${tag}: the banner speaks ${spoken}`);
    await page.evaluate(() => document.fonts.ready);
    const box = await banner.boundingBox();
    const top = Math.max(0, Math.floor(box.y) - 8);
    const bannerShot = await page.screenshot({
      clip: { x: 0, y: top, width: VIEWPORT.width, height: VIEWPORT.height - top },
    });
    await page.evaluate(() => window.cookieConsent.showPreferences());
    // The dialog's code is a part fetched on demand: wait until it is open.
    await page.waitForFunction(
      () => document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="preferences"]')?.open,
    );
    await page.evaluate(() => document.fonts.ready);
    const dialogShot = await page.screenshot();
    const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
    return { tag, banner: dataUrl(bannerShot), dialog: dataUrl(dialogShot) };
  } finally {
    await context.close();
  }
}

const SHEET = (cells) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
body{margin:0;padding:16px;background:#d9d9d9;font:14px/1.3 system-ui,sans-serif}
.sheet{display:grid;grid-template-columns:repeat(${COLUMNS},${CELL}px);gap:16px;align-items:start}
figure{margin:0;background:#fff;box-shadow:0 1px 3px rgb(0 0 0/.3)}
figcaption{padding:4px 8px;border-bottom:1px solid #ccc}
figcaption b{font-size:18px;margin-inline-end:6px}
img{display:block;width:${CELL}px}
img+img{border-top:2px solid #999}
</style></head><body><div class="sheet">
${cells
  .map(
    ({ tag, name, banner, dialog }) =>
      `<figure><figcaption><b>${tag}</b>${name}</figcaption><img src="${banner}" alt=""><img src="${dialog}" alt=""></figure>`,
  )
  .join('\n')}
</div></body></html>`;

/** Says which scripts will show as boxes, when fontconfig can tell (Linux). */
function warnOfMissingFonts() {
  const scripts = {
    ko: 'Korean (fonts-noto-cjk)',
    hi: 'Devanagari (fonts-noto-core)',
    ja: 'Japanese (fonts-noto-cjk)',
  };
  for (const [lang, what] of Object.entries(scripts)) {
    try {
      if (!execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim())
        console.warn(`No font for ${what}: its texts will show as boxes`);
    } catch {
      return; // no fontconfig here
    }
  }
}

warnOfMissingFonts();
const tags = languages();
const names = new Intl.DisplayNames(['en'], { type: 'language' });
const { server, origin } = await serve();
const browser = await launchChromium();
try {
  // A few pages at a time, each in its own context (no shared cookie), in the order of the list.
  const cells = new Array(tags.length);
  let next = 0;
  const worker = async () => {
    while (next < tags.length) {
      const index = next++;
      cells[index] = { ...(await shoot(browser, origin, tags[index])), name: names.of(tags[index]) };
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);

  const context = await browser.newContext({ viewport: { width: COLUMNS * (CELL + 16) + 16, height: 600 } });
  const page = await context.newPage();
  await page.setContent(SHEET(cells));
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await page.screenshot({ path: OUT.pathname, fullPage: true });
  await context.close();
  console.log(`docs/screenshots/languages-contact-sheet.png: ${tags.length} languages, banner and preferences each`);
} finally {
  await browser.close();
  server.close();
}
