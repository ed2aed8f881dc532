// `npm run screenshots`: pictures of the real built component for the README (docs/screenshots/),
// so they never drift from the code. Run `npm run build` first.
import fs from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serve } from './serve.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
fs.mkdirSync(OUT, { recursive: true });

const PAGE = (attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem;line-height:1.5}
@media (prefers-color-scheme: dark){body{background:#111;color:#eee}}</style>
<script src="/dist/cookie-consent.js" defer></script></head><body>
<h1>North Sea Port open data</h1><p>Datasets about the port's traffic, berths and environment.</p>
<cookie-consent ${attributes}><script type="application/json">
{"categories":{"necessary":{"cookies":[
 {"name":"sessionid","provider":"Opendatasoft","purpose":"To remember the user from one page to another","duration":"2 weeks"},
 {"name":"cookies_preferences","provider":"Opendatasoft","purpose":"To remember the visitor's cookie preferences","duration":"6 months"}]},
 "statistical":{"cookies":[{"name":"_pk_id.*","provider":"Matomo","purpose":"Visitor id","duration":"13 months"}]}}}
</script></cookie-consent></body></html>`;

const shots = [
  { name: 'banner-light', attributes: 'theme="light" policy-url="/cookies"', viewport: { width: 1200, height: 700 } },
  { name: 'banner-dark', attributes: 'theme="dark" policy-url="/cookies"', viewport: { width: 1200, height: 700 }, colorScheme: 'dark' },
  { name: 'banner-phone', attributes: 'policy-url="/cookies"', viewport: { width: 375, height: 740 } },
  { name: 'preferences', attributes: 'theme="light"', viewport: { width: 1200, height: 900 }, preferences: true },
  { name: 'preferences-phone-dark', attributes: 'theme="dark"', viewport: { width: 375, height: 740 }, colorScheme: 'dark', preferences: true },
];

const { server, origin } = await serve();
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const file = `/docs/screenshots/_${shot.name}.html`;
    fs.writeFileSync(new URL(`_${shot.name}.html`, OUT), PAGE(shot.attributes));
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme ?? 'light', reducedMotion: 'reduce' });
    await page.goto(origin + file);
    await page.locator('cookie-consent [part~="accept-all"]').first().waitFor();
    if (shot.preferences) {
      await page.locator('cookie-consent [part~="customize"]').click();
      await page.locator('cookie-consent [part~="save"]').waitFor();
    }
    await page.screenshot({ path: new URL(`${shot.name}.png`, OUT).pathname });
    await page.close();
    fs.rmSync(new URL(`_${shot.name}.html`, OUT));
    console.log(`docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
