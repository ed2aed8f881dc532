// Launches Chromium for the repo's scripts: Playwright's own build where installed, else the system one.
import fs from 'node:fs';
import { chromium } from 'playwright';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable() {
  const own = chromium.executablePath();
  if (own && fs.existsSync(own)) return undefined;
  const system = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((candidate) => fs.existsSync(candidate));
  if (!system) throw new Error('No Chromium found: run `npx playwright install chromium` or set CHROME_PATH');
  return system;
}

export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS, ...options });
}
