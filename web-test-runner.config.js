// @web/test-runner: the browser tests. Chromium from Playwright's own download when this machine
// has it, else a system Chromium (CHROME_PATH, or Debian's /usr/bin/chromium).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_FLAGS, chromiumExecutable } from './scripts/browser.mjs';
import { integrationRoutes } from './test/integrations/routes.mjs';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  middleware: [integrationRoutes],
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
