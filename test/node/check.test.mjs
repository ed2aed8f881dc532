// `cookie-consent-element check <url>`: the command line run against small sites served here, on
// 127.0.0.1 only, each page loading the real built script from dist/. A second server on another
// port stands for another site (a tracking pixel, an embed). Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../tools/check/cli.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/cookie-consent-element.mjs');
const pagesDir = fileURLToPath(new URL('./check-pages/', import.meta.url));
const dist = path.join(root, 'dist');
const SETTLE = ['--settle', '150'];
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** What the server adds to a page's response: the HttpOnly cookie a server framework would set. */
const HEADERS = {
  'clean.html': { 'set-cookie': 'csrftoken=t0k3n; HttpOnly; Path=/; Max-Age=31449600; SameSite=Lax' },
};

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

/** dist/ is rebuilt now and then by someone else: a file that is missing for a moment is waited for. */
async function distFile(file) {
  for (let tries = 0; tries < 50 && !fs.existsSync(file); tries += 1) await new Promise((r) => setTimeout(r, 200));
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

let site;
let other;
const servers = [];

before(async () => {
  const otherServer = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    response.end(GIF);
  });
  other = await listen(otherServer);
  const siteServer = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    let body = null;
    let type = 'text/html; charset=utf-8';
    let headers = {};
    if (pathname.startsWith('/dist/') && !pathname.includes('..')) {
      body = await distFile(path.join(dist, pathname.slice('/dist/'.length)));
      type = 'text/javascript';
    } else if (pathname === '/lonely/cookie-consent.js') {
      // The core script alone, as a site that copied it without its parts/ directory serves it.
      body = await distFile(path.join(dist, 'cookie-consent.js'));
      type = 'text/javascript';
    } else if (/^\/[\w-]+\.html$/.test(pathname) && fs.existsSync(path.join(pagesDir, pathname))) {
      body = fs.readFileSync(path.join(pagesDir, pathname), 'utf8').replaceAll('{{OTHER}}', other);
      headers = HEADERS[pathname.slice(1)] ?? {};
    }
    if (body === null) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    response.end(body);
  });
  site = await listen(siteServer);
  servers.push(otherServer, siteServer);
});

after(() => {
  for (const server of servers) server.close();
});

/** Runs the command as a site owner would; resolves to `{ code, stdout, stderr, report }`. */
function check(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      let report;
      if (args.includes('--json') && stdout) report = JSON.parse(stdout);
      resolve({ code, stdout, stderr, report });
    });
  });
}
const checkPage = (page, ...args) => check('check', `${site}/${page}`, ...SETTLE, ...args);

/** A finding as the assertions compare it: what, how bad, about what, with which category. */
const brief = ({ kind, severity, cookie, key, host, script, category }) => ({
  kind,
  severity,
  about: cookie ?? key ?? host ?? script,
  ...(category ? { category } : {}),
});
const briefs = (report) => report.findings.map(brief);
const otherHost = () => new URL(other).host;

const once = (run) => {
  let result;
  return () => (result ??= run());
};
const undeclared = once(() => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cce-check-')), 'cookie-consent.json');
  return checkPage('undeclared-statistical.html', '--json', '--write-config', file).then((run) => ({ ...run, file }));
});

describe('cookie-consent-element check', { concurrency: 3 }, () => {
  // The longest run first, so that the others share its time.
  it('--pages 2 checks the first two same-origin pages linked from the first, each finding naming its page', async () => {
    const { code, report, stderr } = await checkPage('site.html', '--json', '--pages', '2');
    assert.equal(code, 1, stderr);
    assert.deepEqual(report.pages, [`${site}/site.html`, `${site}/clean.html`, `${site}/before-consent.html`]);
    assert.deepEqual(
      report.findings.map((finding) => [finding.kind, finding.pages]),
      [
        ['cookie-before-consent', [`${site}/before-consent.html`]],
        ['storage-before-consent', [`${site}/before-consent.html`]],
        ['undeclared-cookie', [`${site}/before-consent.html`]],
        ['request-after-consent', [`${site}/clean.html`]],
      ],
    );
  });

  it('passes a page whose cookies are all declared where they appear: exit 0, only a note for the embed', async () => {
    const { code, report, stderr } = await checkPage('clean.html', '--json');
    assert.equal(code, 0, stderr);
    assert.equal(report.violations, 0);
    assert.deepEqual(briefs(report), [
      { kind: 'request-after-consent', severity: 'info', about: otherHost(), category: 'third-party' },
    ]);
    assert.deepEqual(report.pages, [`${site}/clean.html`]);
    assert.deepEqual(report.categories, ['necessary', 'statistical', 'first-party', 'third-party']);
    assert.equal(report.consentCookie, 'cookies_preferences');
    // Before any decision: the site's own necessary cookies, the HttpOnly one included.
    const csrf = report.steps.before.cookies.find((cookie) => cookie.name === 'csrftoken');
    assert.ok(csrf?.httpOnly, 'the HttpOnly csrftoken is seen');
    assert.deepEqual(
      report.steps.before.cookies.map((cookie) => cookie.name),
      ['csrftoken', 'sessionid'],
    );
    assert.ok(report.steps.reject.cookies.some((cookie) => cookie.name === 'cookies_preferences'));
    assert.ok(report.steps.categories.statistical.cookies.some((cookie) => cookie.name === '_pk_id.1'));
    assert.deepEqual(report.steps.before.requests, []);
    assert.deepEqual(
      report.steps.categories['third-party'].requests.map((request) => request.host),
      [otherHost()],
    );
  });

  // Table-driven: a page that breaks its own policy, and what the JSON report says of it.
  const broken = [
    {
      does: 'sets an undeclared cookie (and a localStorage key) before consent',
      page: 'before-consent.html',
      code: 1,
      findings: [
        { kind: 'cookie-before-consent', severity: 'violation', about: 'tracker' },
        { kind: 'storage-before-consent', severity: 'violation', about: 'tracker_visits' },
        { kind: 'undeclared-cookie', severity: 'violation', about: 'tracker' },
      ],
      more: (report) => {
        const finding = report.findings.find((found) => found.kind === 'undeclared-cookie');
        assert.equal(finding.step, 'before');
        assert.equal(finding.domain, '127.0.0.1');
        assert.equal(finding.days, 30);
        assert.equal(finding.lifetime, '30 days');
        const storage = report.findings.find((found) => found.kind === 'storage-before-consent');
        assert.equal(storage.storage, 'localStorage');
      },
    },
    {
      does: 'sets, from its gated statistics script, a cookie declared under third-party',
      page: 'wrong-category.html',
      code: 0,
      findings: [
        { kind: 'wrong-category', severity: 'warning', about: 'VISITOR_INFO1_LIVE', category: 'statistical' },
        { kind: 'declared-not-seen', severity: 'info', about: '_pk_id.*', category: 'statistical' },
      ],
      more: (report) => {
        const finding = report.findings.find((found) => found.kind === 'wrong-category');
        assert.deepEqual(finding.declaredIn, ['third-party']);
      },
    },
    {
      does: 'requests another host before consent',
      page: 'other-host.html',
      code: 1,
      findings: [{ kind: 'request-before-consent', severity: 'violation', about: otherHost }],
      more: (report) => {
        assert.equal(report.findings[0].url, `${other}/pixel.gif?before`);
        assert.deepEqual(
          report.steps.before.requests.map((request) => request.host),
          [otherHost()],
        );
      },
    },
    {
      does: 'loads the script without its parts/, so its gated script never runs',
      page: 'parts-missing.html',
      code: 0,
      findings: [
        {
          kind: 'gated-script-not-run',
          severity: 'warning',
          about: 'inline: window.statisticsRan = true;',
          category: 'statistical',
        },
        { kind: 'declared-not-seen', severity: 'info', about: '_pk_id.*', category: 'statistical' },
      ],
    },
  ];
  for (const { does, page, code, findings, more } of broken) {
    it(`a page that ${does}: exit ${code}, reported`, async () => {
      const run = await checkPage(page, '--json');
      assert.equal(run.code, code, run.stderr);
      const expected = findings.map(({ about, ...rest }) => ({
        ...rest,
        about: typeof about === 'function' ? about() : about,
      }));
      assert.deepEqual(briefs(run.report), expected);
      assert.equal(run.report.violations, findings.filter((finding) => finding.severity === 'violation').length);
      more?.(run.report);
    });
  }

  it('a gated statistics script that sets an undeclared cookie: exit 1, the cookie reported with category statistical', async () => {
    const { code, report, stderr } = await undeclared();
    assert.equal(code, 1, stderr);
    assert.deepEqual(briefs(report), [
      { kind: 'undeclared-cookie', severity: 'violation', about: '_hjid', category: 'statistical' },
    ]);
    assert.equal(report.findings[0].step, 'consent');
    assert.equal(report.findings[0].lifetime, '365 days');
    assert.equal(report.violations, 1);
  });

  it('--write-config writes the site configuration with the undeclared cookie added to statistical', async () => {
    const { file, stderr } = await undeclared();
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(written, {
      categories: {
        statistical: {
          label: { en: 'Statistics', fr: 'Statistiques' },
          description: { en: 'Anonymized audience measurement.' },
          cookies: [
            {
              name: '_pk_id.*',
              provider: 'Matomo',
              function: 'Audience statistics (front office)',
              purpose: { en: 'Visitor id' },
              duration: '13 months',
            },
            { name: '_hjid', duration: '365 days' },
          ],
        },
      },
      texts: { en: { title: 'We use cookies' } },
    });
    assert.match(stderr, /wrote .*cookie-consent\.json, adding _hjid \(statistical\)/);
  });

  it('prints a readable report, and on a terminal one progress line per step on stderr', async () => {
    let out = '';
    let err = '';
    const stdout = { isTTY: true, write: (text) => (out += text) };
    const stderr = { write: (text) => (err += text) };
    const code = await main(['check', `${site}/before-consent.html`, ...SETTLE], { stdout, stderr });
    assert.equal(code, 1, err);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], `Cookie check of ${site}/before-consent.html`);
    for (const section of ['Seen', 'Violations (3)', 'Warnings (0)', 'Notes (0)'])
      assert.ok(lines.includes(section), section);
    assert.ok(
      lines.some((line) =>
        /^ {2}before any decision +cookies: sessionid, tracker · storage: tracker_visits · /.test(line),
      ),
    );
    assert.ok(
      lines.includes('  ✗ cookie "tracker" (127.0.0.1, 30 days) set before any decision; declared in no category'),
    );
    assert.match(lines.at(-1), /^Summary: 3 violations, 0 warnings, 0 notes \(1 page, 3 steps, [\d.]+ s\)$/);
    assert.equal(err.trimEnd().split('\n').length, 3, err);
    assert.match(err, /after reject all \(\d\/3\)/);
  });

  it('a page without <cookie-consent>: exit 2, and stderr says so', async () => {
    const { code, stdout, stderr } = await checkPage('no-element.html', '--json');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, `cookie-consent-element: no <cookie-consent> element on ${site}/no-element.html\n`);
  });

  it('a page that cannot be reached: exit 2, and stderr says so', async () => {
    const closed = http.createServer();
    const address = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await check('check', `${address}/`, ...SETTLE);
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`^cookie-consent-element: cannot load ${address}/: `));
  });

  const usage = [
    { args: [], says: 'no command given' },
    { args: ['check'], says: 'no URL given' },
    { args: ['verify', 'https://example.org/'], says: 'unknown command "verify"' },
    { args: ['check', 'https://example.org/', '--pages', 'two'], says: '--pages takes a whole number, not "two"' },
    { args: ['check', 'https://example.org/', '--colour'], says: "Unknown option '--colour'" },
    { args: ['check', 'ftp://example.org/'], says: '"ftp://example.org/" is not an http(s) URL' },
  ];
  for (const { args, says } of usage) {
    it(`bad usage (${args.join(' ') || 'nothing'}): exit 2, "${says}" and the usage on stderr`, async () => {
      const { code, stdout, stderr } = await check(...args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith(`cookie-consent-element: ${says}`), stderr);
      assert.match(stderr, /Usage: cookie-consent-element check <url>/);
    });
  }
});
