// @web/test-runner: the browser tests. Chromium from Playwright's own download when this machine
// has it, else a system Chromium (CHROME_PATH, or Debian's /usr/bin/chromium).
import fs from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromium } from 'playwright';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's Chromium where it is installed, else the system one. */
function chromiumExecutable() {
  const own = chromium.executablePath();
  if (own && fs.existsSync(own)) return undefined;
  const system = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .filter(Boolean)
    .find((path) => fs.existsSync(path));
  if (!system) throw new Error('No Chromium found: run `npx playwright install chromium` or set CHROME_PATH');
  return system;
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
    }),
  ],
};
