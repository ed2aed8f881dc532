// `npm run test:examples [-- react next …]`: the framework examples (examples/<name>/) against the
// packed package, as a user would get it. Packs the project (`npm pack`, which builds), installs each
// example from its own lockfile (`npm ci`, skipped while node_modules matches it) and the tarball
// over it (`npm install --no-save`), builds it for production, serves the build on loopback, and
// checks in headless Chromium that the banner shows, accept-all writes `cookies_preferences`, the
// app hears `consent-change` (#accepted lists `statistical`) and `whenAccepted('statistical')`
// resolves (#statistics says `accepted`); an example that shows #ready must have heard `consent-ready`.
// Prints the time of every step and of the whole run.
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from './browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');
const PACK = path.join(EXAMPLES, '.pack');

/** How each example is served once built: a folder of static files, or its own server. */
const SERVE = {
  react: { dir: 'dist' },
  next: { command: (port) => ['npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)]] },
  vue: { dir: 'dist' },
  sveltekit: { dir: 'build' },
  angular: { dir: 'dist/example/browser' },
  astro: { dir: 'dist' },
};

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SERVE[name]);
if (unknown.length) {
  console.error(`test:examples: no example ${unknown.join(', ')} (there are: ${Object.keys(SERVE).join(', ')})`);
  process.exit(2);
}
const names = wanted.length ? wanted : Object.keys(SERVE);

function run(command, args, cwd, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}\n${output}`)),
    );
  });
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for a built app on loopback: a folder's index.html, else the app's own. */
function serveStatic(root) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return response.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file) && fs.existsSync(`${file}.html`)) file = `${file}.html`;
    if (!fs.existsSync(file)) return response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() }),
    ),
  );
}

/** Starts the example's own production server and waits until it answers. */
async function serveCommand(cwd, command) {
  const port = await freePort();
  const [bin, args] = command(port);
  const child = spawn(bin, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`${bin} ${args.join(' ')} exited ${child.exitCode}\n${output}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`${bin} did not answer on ${origin} within 60 s\n${output}`);
}

/** Installs from the example's lockfile unless node_modules was installed from that same lockfile. */
async function install(cwd, tarball) {
  const lock = path.join(cwd, 'package-lock.json');
  const stamp = path.join(cwd, 'node_modules', '.lockfile-hash');
  const hash = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== hash) {
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], cwd);
    fs.writeFileSync(stamp, hash);
  }
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], cwd);
}

/** What a visitor does and what the site must see. */
async function checkInBrowser(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(origin, { waitUntil: 'load' });
    // Playwright's CSS locators pierce open shadow roots.
    const accept = page.locator('cookie-consent [part~="accept-all"]').first();
    await accept.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await page.locator('#ready').count()) > 0)
      await page.locator('#ready', { hasText: 'undecided' }).waitFor({ timeout: 5_000 });
    await accept.click();
    await page.locator('#accepted', { hasText: 'statistical' }).waitFor({ timeout: 5_000 });
    await page.locator('#statistics', { hasText: 'accepted' }).waitFor({ timeout: 5_000 });
    const cookie = (await context.cookies()).find((c) => c.name === 'cookies_preferences');
    if (!cookie) throw new Error('no cookies_preferences cookie after accept-all');
    const stored = JSON.parse(decodeURIComponent(cookie.value));
    if (stored.categories?.statistical !== true)
      throw new Error(`the cookie does not accept statistical: ${cookie.value}`);
    if (await page.locator('cookie-consent [part~="accept-all"]').first().isVisible())
      throw new Error('the banner is still shown');
    if (problems.length) throw new Error(problems.join('\n'));
  } catch (error) {
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(`${error.message}\npage text: ${text.replace(/\s+/g, ' ').slice(0, 300)}`, { cause: error });
  } finally {
    await context.close();
  }
}

// 1. The package, as `npm publish` would make it (prepack builds dist/).
let step = Date.now();
fs.rmSync(PACK, { recursive: true, force: true });
fs.mkdirSync(PACK, { recursive: true });
const packed = await promisify(execFile)('npm', ['pack', '--json', '--pack-destination', PACK], {
  cwd: ROOT,
  maxBuffer: 1 << 26,
});
const tarball = path.join(PACK, path.basename(JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0].filename));
console.log(`pack: ${path.relative(ROOT, tarball)} in ${seconds(step)}`);

// 2. Each example: install, build, serve, check. One after another (two cores: builds in parallel only fight).
const browser = await launchChromium();
const results = [];
for (const name of names) {
  const cwd = path.join(EXAMPLES, name);
  const times = {};
  const begun = Date.now();
  let server;
  try {
    step = Date.now();
    await install(cwd, tarball);
    times.install = seconds(step);
    step = Date.now();
    await run('npm', ['run', 'build'], cwd);
    times.build = seconds(step);
    step = Date.now();
    const how = SERVE[name];
    server = how.dir ? await serveStatic(path.join(cwd, how.dir)) : await serveCommand(cwd, how.command);
    await checkInBrowser(browser, server.origin);
    times.browser = seconds(step);
    results.push({ name, ok: true, time: seconds(begun), times });
    console.log(
      `ok ${name} in ${seconds(begun)} (install ${times.install}, build ${times.build}, serve and check ${times.browser})`,
    );
  } catch (error) {
    results.push({ name, ok: false, time: seconds(begun), times });
    console.log(`not ok ${name} after ${seconds(begun)}\n${String(error.message).split('\n').slice(0, 40).join('\n')}`);
  } finally {
    server?.stop();
  }
}
await browser.close();

const failed = results.filter((result) => !result.ok);
console.log(`\ntest:examples: ${results.map((r) => `${r.name} ${r.time}`).join(', ')}; total ${seconds(started)}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
