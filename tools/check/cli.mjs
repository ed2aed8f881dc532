// `cookie-consent-element check <url>`: the command line. Exit status 0 when nothing breaches
// consent, 1 when something does, 2 for bad usage, an unreachable page or no <cookie-consent>.
/* global process, URL */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzePage, mergeFindings } from './analyze.mjs';
import { configurationToWrite } from './config.mjs';
import { launch, observePage, UsageError } from './observe.mjs';
import { jsonReport, textReport } from './report.mjs';

export const USAGE = `Usage: cookie-consent-element check <url> [options]

Loads <url> in headless Chromium and drives its own <cookie-consent>: before any decision, after
"reject all", and with each optional category accepted on its own (each in a fresh browser), then
compares the cookies, storage keys and requests to other sites it saw with the cookie tables the
page declares.

Options:
  --json                 print the report as JSON
  --write-config FILE    write the configuration, with the undeclared cookies added, to FILE
  --pages N              also check up to N same-origin pages linked from <url> (default 0)
  --browser PATH         the Chromium to use (default /usr/bin/chromium, else Playwright's)
  --settle MS            how long to wait once the network is idle (default 1000)
  --timeout MS           how long a page may take to load (default 30000)
  -h, --help             show this help

Exit status: 0 no violation, 1 at least one violation, 2 bad usage or a page that cannot be checked.
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  'write-config': { type: 'string' },
  pages: { type: 'string', default: '0' },
  browser: { type: 'string' },
  settle: { type: 'string', default: '1000' },
  timeout: { type: 'string', default: '30000' },
  help: { type: 'boolean', short: 'h', default: false },
};

const count = (value, name) => {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
};

/** The command line as options, or a UsageError. */
export function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, address, ...rest] = positionals;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (!address) throw new UsageError('no URL given');
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`"${address}" is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`"${address}" is not an http(s) URL`);
  return {
    url: url.href,
    json: values.json,
    writeConfig: values['write-config'],
    pages: count(values.pages, 'pages'),
    browser: values.browser,
    settleMs: count(values.settle, 'settle'),
    timeout: count(values.timeout, 'timeout'),
  };
}

/** Same-origin pages linked from the first one, without fragments, itself left out. */
function linkedPages(first, links, max) {
  const origin = new URL(first).origin;
  const seen = new Set([first.split('#')[0]]);
  const pages = [];
  for (const link of links) {
    if (pages.length >= max) break;
    let url;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== origin || seen.has(url.href)) continue;
    seen.add(url.href);
    pages.push(url.href);
  }
  return pages;
}

/** Runs the command; resolves to the exit status. */
export async function main(argv, { stdout = process.stdout, stderr = process.stderr } = {}) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    stderr.write(`cookie-consent-element: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    stdout.write(USAGE);
    return 0;
  }
  const started = Date.now();
  const progress = stdout.isTTY ? (line) => stderr.write(`check: ${line}\n`) : () => {};
  let browser;
  try {
    browser = await launch(options.browser);
    const first = await observePage(browser, options.url, options, progress);
    const observed = [first];
    for (const url of linkedPages(options.url, first.configuration.links, options.pages)) {
      try {
        observed.push(await observePage(browser, url, options, progress));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        stderr.write(`cookie-consent-element: skipped ${url}: ${error.message}\n`);
      }
    }
    const findings = mergeFindings(observed.map(analyzePage));
    if (options.writeConfig) {
      const { configuration, added, skipped } = configurationToWrite(first, findings);
      try {
        fs.writeFileSync(options.writeConfig, `${JSON.stringify(configuration, null, 2)}\n`);
      } catch (error) {
        throw new UsageError(`cannot write ${options.writeConfig}: ${error.message}`);
      }
      stderr.write(
        `cookie-consent-element: wrote ${options.writeConfig}` +
          (added.length
            ? `, adding ${added.map(({ name, category }) => `${name} (${category})`).join(', ')}`
            : ', adding nothing') +
          '\n',
      );
      if (skipped.length)
        stderr.write(
          `cookie-consent-element: not added, as no consent made them appear: ${skipped
            .map(({ name, step }) => `${name} (${step === 'before' ? 'before any decision' : 'after "reject all"'})`)
            .join(', ')}\n`,
        );
    }
    const report = jsonReport(observed, findings);
    stdout.write(
      options.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : textReport(observed, findings, { seconds: (Date.now() - started) / 1000 }),
    );
    return report.violations > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`cookie-consent-element: ${error.message}\n`);
    return 2;
  } finally {
    await browser?.close().catch(() => {});
  }
}
