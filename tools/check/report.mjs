// The report: a stable JSON object for machines, readable text for people.
import { lifetimeOf } from './analyze.mjs';
import { stepLabel } from './observe.mjs';

const cookieId = ({ name, domain, path }) => `${name}\u0000${domain}\u0000${path}`;

function unionStep(steps) {
  const cookies = new Map();
  const requests = new Map();
  const gated = new Map();
  const union = {
    cookies: [],
    localStorage: new Set(),
    sessionStorage: new Set(),
    requests: [],
    gated: [],
    accepted: [],
  };
  for (const step of steps) {
    for (const cookie of step.cookies) {
      const { lifetime, days } = lifetimeOf(cookie.expires);
      if (!cookies.has(cookieId(cookie))) cookies.set(cookieId(cookie), { ...cookie, lifetime, days });
    }
    step.localStorage.forEach((key) => union.localStorage.add(key));
    step.sessionStorage.forEach((key) => union.sessionStorage.add(key));
    for (const request of step.requests) {
      const known = requests.get(request.host);
      if (known) known.count += request.count;
      else requests.set(request.host, { ...request });
    }
    for (const script of step.gated) gated.set(JSON.stringify(script), script);
    union.accepted = [...new Set([...union.accepted, ...step.accepted])];
  }
  const byName = (a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain);
  return {
    cookies: [...cookies.values()].sort(byName),
    localStorage: [...union.localStorage].sort(),
    sessionStorage: [...union.sessionStorage].sort(),
    requests: [...requests.values()].sort((a, b) => a.host.localeCompare(b.host)),
    gated: [...gated.values()],
    accepted: union.accepted,
  };
}

/** The JSON report: `{ url, pages, categories, consentCookie, steps, findings, violations, warnings }`. */
export function jsonReport(observed, findings) {
  const [first] = observed;
  const categories = Object.keys(first.steps.categories);
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    url: first.url,
    pages: observed.map((page) => page.url),
    categories: ['necessary', ...first.configuration.optional],
    consentCookie: first.configuration.cookieName,
    regime: first.configuration.regime,
    steps: {
      before: unionStep(observed.map((page) => page.steps.before)),
      reject: unionStep(observed.map((page) => page.steps.reject)),
      categories: Object.fromEntries(
        categories.map((category) => [
          category,
          unionStep(observed.map((page) => page.steps.categories[category]).filter(Boolean)),
        ]),
      ),
    },
    findings,
    violations: count('violation'),
    warnings: count('warning'),
  };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const none = (items) => (items.length ? items.join(', ') : 'none');

/** One line per step: what it held (the first step) or what it added to the earlier ones. */
function seenLines(page) {
  const { before, reject, categories } = page.steps;
  const names = (step) => [...new Set(step.cookies.map((cookie) => cookie.name))].sort();
  const keys = (step) => [...step.localStorage, ...step.sessionStorage.map((key) => `${key} (session)`)];
  const hosts = (step) => step.requests.map((request) => request.host);
  const known = { cookies: new Set(names(before)), keys: new Set(keys(before)), hosts: new Set(hosts(before)) };
  const rows = [
    [
      stepLabel('before'),
      `cookies: ${none(names(before))} · storage: ${none(keys(before))} · other hosts: ${none(hosts(before))}`,
    ],
  ];
  const fresh = (items, seen) => items.filter((item) => !seen.has(item));
  const added = (step) => {
    const parts = [];
    const cookies = fresh(names(step), known.cookies);
    const storage = fresh(keys(step), known.keys);
    const other = fresh(hosts(step), known.hosts);
    if (cookies.length) parts.push(`new cookies: ${cookies.join(', ')}`);
    if (storage.length) parts.push(`new storage: ${storage.join(', ')}`);
    if (other.length) parts.push(`new hosts: ${other.join(', ')}`);
    return parts.length ? parts.join(' · ') : 'nothing new';
  };
  rows.push([stepLabel('reject'), added(reject)]);
  names(reject).forEach((name) => known.cookies.add(name));
  keys(reject).forEach((key) => known.keys.add(key));
  hosts(reject).forEach((host) => known.hosts.add(host));
  for (const [category, step] of Object.entries(categories)) rows.push([stepLabel('category', category), added(step)]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`);
}

const MARK = { violation: '✗', warning: '!', info: '-' };

/** The text report: the configuration, what each step saw, the findings by severity, a summary. */
export function textReport(observed, findings, { seconds } = {}) {
  const [first] = observed;
  const { configuration } = first;
  const several = observed.length > 1;
  const where = (pages) => (pages.length === observed.length ? 'every page' : pages.join(', '));
  const declaredCount = Object.values(configuration.content).reduce(
    (sum, category) => sum + (category?.cookies?.length ?? 0),
    0,
  );
  const lines = [
    `Cookie check of ${first.url}${several ? ` and ${plural(observed.length - 1, 'linked page')}` : ''}`,
    `Categories: necessary, ${configuration.optional.join(', ') || '(no optional category)'} · consent cookie: ${configuration.cookieName} · ${plural(declaredCount, 'cookie')} declared${configuration.regime === 'opt-in' ? '' : ` · regime: ${configuration.regime}`}`,
    '',
  ];
  for (const page of observed) {
    lines.push(several ? `Seen on ${page.url}` : 'Seen', ...seenLines(page), '');
  }
  const sections = [
    ['violation', 'Violations'],
    ['warning', 'Warnings'],
    ['info', 'Notes'],
  ];
  for (const [severity, title] of sections) {
    const found = findings.filter((finding) => finding.severity === severity);
    lines.push(`${title} (${found.length})`);
    if (!found.length) lines.push('  none');
    for (const finding of found)
      lines.push(`  ${MARK[severity]} ${finding.message}${several ? ` [${where(finding.pages)}]` : ''}`);
    lines.push('');
  }
  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  const steps = observed.reduce((sum, page) => sum + 2 + Object.keys(page.steps.categories).length, 0);
  lines.push(
    `Summary: ${plural(count('violation'), 'violation')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}` +
      ` (${plural(observed.length, 'page')}, ${plural(steps, 'step')}${seconds === undefined ? '' : `, ${seconds.toFixed(1)} s`})`,
  );
  return `${lines.join('\n')}\n`;
}
