// The shipped typings, as a strict TypeScript consumer sees them: the packed package (built dist/,
// `npm run build` first) is unpacked into test/node/types-consumer/node_modules/, then a TSX file,
// a Vue SFC (vue-tsc, strictTemplates) and a Svelte component (svelte-check) that declare nothing
// of their own are checked with `moduleResolution` "bundler" and "node16": good/ has no error, and
// every wrong line of bad/ is one (so the types are real, not `any`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const consumer = fileURLToPath(new URL('types-consumer/', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let packed;

/** Runs a checker; resolves with its output whether it passed or not. */
async function check(command, args) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: consumer, maxBuffer: 1 << 24 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error) };
  }
}

const vueTsc = (config) => check(bin('vue-tsc'), ['-p', config]);
const svelteCheck = (config) =>
  check(bin('svelte-check'), [
    '--workspace',
    '.',
    '--tsconfig',
    `./${config}`,
    '--output',
    'machine',
    '--fail-on-warnings',
  ]);

/** The error lines that svelte-check reports for .svelte files (it also reports the .tsx ones vue-tsc covers). */
const svelteErrors = (output) => output.split('\n').filter((line) => / ERROR "[^"]+\.svelte" /.test(line));

before(async () => {
  assert.ok(fs.existsSync(path.join(root, 'dist/react.d.ts')), 'dist/ is not built: run `npm run build` first');
  packed = fs.mkdtempSync(path.join(os.tmpdir(), 'cookie-consent-types-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packed], {
    cwd: root,
  });
  const [{ filename }] = JSON.parse(stdout);
  const target = path.join(consumer, 'node_modules');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', path.join(packed, path.basename(filename)), '-C', target]);
  // Its own dependencies (lit, @lit/react) and the frameworks resolve from the repository's node_modules.
  fs.renameSync(path.join(target, 'package'), path.join(target, 'cookie-consent-element'));
});

after(() => {
  if (packed) fs.rmSync(packed, { recursive: true, force: true });
});

/** The wrong files are checked once (vue-tsc: the TSX and the SFC), shared by the tests that read the result. */
let badRun;
const bad = () => (badRun ??= vueTsc('tsconfig.bad.bundler.json'));

// Two checkers at a time: the machine has two cores, and each checker is mostly one.
describe('the typings in a strict consumer', { concurrency: 2 }, () => {
  for (const resolution of ['bundler', 'node16']) {
    test(`a TSX file and a Vue SFC using the element and the React wrapper type-check (moduleResolution ${resolution})`, async () => {
      const { ok, output } = await vueTsc(`tsconfig.good.${resolution}.json`);
      assert.ok(ok, output);
    });

    test(`a Svelte component using the element type-checks (moduleResolution ${resolution})`, async () => {
      const { ok, output } = await svelteCheck(`tsconfig.good.${resolution}.json`);
      assert.ok(ok && /COMPLETED \d+ FILES 0 ERRORS/.test(output), output);
    });
  }

  test('a wrong position, a wrong event detail and an unchecked window.cookieConsent are type errors in TSX', async () => {
    const { ok, output } = await bad();
    assert.equal(ok, false, output);
    const errors = output.split('\n').filter((line) => line.startsWith('bad/react.tsx('));
    assert.deepEqual(
      errors.map((line) => line.match(/\((\d+),/)[1]),
      ['4', '5', '6', '7'],
      output,
    );
    assert.match(output, /bad\/react\.tsx\(4,\d+\): error TS2322: Type '"nowhere"'/);
    assert.match(output, /bad\/react\.tsx\(7,\d+\): error TS18048: 'window\.cookieConsent' is possibly 'undefined'/);
  });

  test('a wrong position is a type error in a Vue template (strictTemplates)', async () => {
    const { output } = await bad();
    assert.match(output, /bad\/Banner\.vue\(6,\d+\): error TS2322: Type '"nowhere"' is not assignable/);
  });

  test('a wrong position is a type error in a Svelte component', async () => {
    const { ok, output } = await svelteCheck('tsconfig.bad.bundler.json');
    assert.equal(ok, false, output);
    const errors = svelteErrors(output);
    assert.equal(errors.length, 1, output);
    assert.match(errors[0], /"bad\/Banner\.svelte" 5:\d+ "Type '\\"nowhere\\"' is not assignable/);
  });
});
