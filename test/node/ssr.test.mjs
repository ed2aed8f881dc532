// Server-side rendering: the ES module (dist/index.js) imported where there is no DOM, as a Node
// server or a framework's SSR pass would, resolves without throwing and defines nothing.
// Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('there is no DOM here: no window, no document', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

test('importing dist/index.js where there is no DOM resolves, with the element classes exported', async () => {
  const module = await import('../../dist/index.js');
  assert.equal(typeof module.CookieConsent, 'function');
  assert.equal(typeof module.CookiePolicy, 'function');
});

test('it defines nothing: no cookie-consent or cookie-policy element, no window.cookieConsent', async () => {
  await import('../../dist/index.js');
  // Lit's Node build may install its own customElements shim; none of our elements may be in it.
  const registry = globalThis.customElements;
  assert.ok(registry === undefined || registry.get('cookie-consent') === undefined, 'cookie-consent is defined');
  assert.ok(registry === undefined || registry.get('cookie-policy') === undefined, 'cookie-policy is defined');
  assert.equal(globalThis.cookieConsent, undefined);
  assert.equal(typeof globalThis.window, 'undefined');
});

test('node -e "import(\'./dist/index.js\')" in the repository root exits 0', async () => {
  const { code, stderr } = await new Promise((resolve) => {
    execFile(process.execPath, ['-e', "import('./dist/index.js')"], { cwd: root }, (error, _stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stderr }),
    );
  });
  assert.equal(code, 0, `exit code ${code}: ${stderr}`);
  assert.equal(stderr, '');
});
