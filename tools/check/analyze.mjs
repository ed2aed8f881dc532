// Compares what each step saw with the page's configuration, and says what is wrong.
//
// A finding is `{ kind, severity, cookie | key | host | script, category?, …, message, pages }`;
// severity is `violation` (the exit status is 1), `warning` or `info`.

const DAY = 86_400;

/** `*` matches any run of characters; everything else is literal. */
export const patternOf = (name) =>
  new RegExp(
    `^${name
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Every declared cookie: `{ name, category, test }`, services' cookies under their category. */
export function declarations(content) {
  const declared = [];
  for (const [category, config] of Object.entries(content ?? {})) {
    const lists = [
      config?.cookies ?? [],
      ...Object.values(config?.services ?? {}).map((service) => service?.cookies ?? []),
    ];
    for (const cookie of lists.flat()) {
      if (typeof cookie?.name !== 'string') continue;
      const pattern = patternOf(cookie.name);
      declared.push({ name: cookie.name, category, test: (name) => pattern.test(name) });
    }
  }
  return declared;
}

/** `expires` (seconds since the epoch, -1 for a session cookie) as a lifetime in days. */
export function lifetimeOf(expires, now = Date.now() / 1000) {
  if (expires === undefined || expires < 0) return { lifetime: 'session', days: null };
  const days = Math.max(0, Math.round((expires - now) / DAY));
  return { lifetime: days === 1 ? '1 day' : `${days} days`, days };
}

const cookieKey = ({ name, domain, path }) => `${name}\u0000${domain}\u0000${path}`;
const domainOf = (domain) => domain.replace(/^\./, '');
const quote = (text) => `"${text}"`;
const list = (names) => names.join(', ');

/** What a step shows beyond what the earlier ones showed. */
function storageKeys(step) {
  return [
    ...step.localStorage.map((key) => ({ storage: 'localStorage', key })),
    ...step.sessionStorage.map((key) => ({ storage: 'sessionStorage', key })),
  ];
}

/**
 * The findings of one page: `observed` is what observePage returned.
 * `declaredIn(name)` lists the categories whose cookie tables match a name.
 */
export function analyzePage(observed) {
  const { configuration, steps, url } = observed;
  const declared = declarations(configuration.content);
  const declaredIn = (name) => [
    ...new Set(declared.filter((entry) => entry.test(name)).map((entry) => entry.category)),
  ];
  const consentCookie = configuration.cookieName;
  // Under a regime other than opt-in, optional categories count as accepted before any decision:
  // what they set then is the regime's default, not a breach of opt-in.
  const optInBefore = !configuration.acceptedBefore.some((name) => name !== 'necessary');
  const beforeSeverity = optInBefore ? 'violation' : 'warning';
  const findings = [];
  const add = (finding) => findings.push({ ...finding, pages: [url] });
  const categories = Object.keys(steps.categories);

  // Cookies: where each first appeared.
  const cookies = new Map();
  const note = (cookie, where) => {
    const key = cookieKey(cookie);
    const known = cookies.get(key) ?? { cookie, where: new Set() };
    known.where.add(where);
    cookies.set(key, known);
  };
  steps.before.cookies.forEach((cookie) => note(cookie, 'before'));
  steps.reject.cookies.forEach((cookie) => note(cookie, 'reject'));
  for (const category of categories) steps.categories[category].cookies.forEach((cookie) => note(cookie, category));

  for (const { cookie, where } of cookies.values()) {
    const inCategories = declaredIn(cookie.name);
    const isConsentCookie = cookie.name === consentCookie;
    const necessary = isConsentCookie || inCategories.includes('necessary');
    const { lifetime, days } = lifetimeOf(cookie.expires);
    const domain = domainOf(cookie.domain);
    const about = { cookie: cookie.name, domain, lifetime, days, httpOnly: cookie.httpOnly };
    const declaredText = inCategories.length ? `declared under ${list(inCategories)}` : 'declared in no category';
    const appearedWith = categories.filter((category) => where.has(category));
    let step;
    if (where.has('before')) step = 'before';
    else if (where.has('reject')) step = 'reject';
    else step = 'consent';

    if (step === 'before' && !necessary)
      add({
        kind: 'cookie-before-consent',
        severity: beforeSeverity,
        ...about,
        declaredIn: inCategories,
        message: `cookie ${quote(cookie.name)} (${domain}, ${lifetime}) set before any decision; ${declaredText}${optInBefore ? '' : ` (regime ${configuration.regime}: optional categories count as accepted until the visitor decides)`}`,
      });
    if (step === 'reject' && !necessary)
      add({
        kind: 'cookie-after-refusal',
        severity: 'violation',
        ...about,
        declaredIn: inCategories,
        message: `cookie ${quote(cookie.name)} (${domain}, ${lifetime}) set after "reject all"; ${declaredText}`,
      });
    if (!inCategories.length && !isConsentCookie) {
      const category = step === 'consent' ? appearedWith[0] : undefined;
      const cause =
        step === 'before'
          ? 'appeared before any decision'
          : step === 'reject'
            ? 'appeared after "reject all"'
            : `appeared with ${list(appearedWith)} accepted`;
      add({
        kind: 'undeclared-cookie',
        severity: 'violation',
        ...about,
        ...(category ? { category, categories: appearedWith } : {}),
        step,
        message: `cookie ${quote(cookie.name)} (${domain}, ${lifetime}) declared in no category; ${cause}`,
      });
    }
    if (step === 'consent' && inCategories.length && !appearedWith.some((category) => inCategories.includes(category)))
      add({
        kind: 'wrong-category',
        severity: 'warning',
        ...about,
        category: appearedWith[0],
        categories: appearedWith,
        declaredIn: inCategories,
        message: `cookie ${quote(cookie.name)} (${domain}, ${lifetime}) declared under ${list(inCategories)} but appeared only with ${list(appearedWith)} accepted`,
      });
  }

  // Declared cookies that no step showed.
  const seenNames = [...cookies.values()].map(({ cookie }) => cookie.name);
  for (const entry of declared) {
    if (seenNames.some((name) => entry.test(name))) continue;
    add({
      kind: 'declared-not-seen',
      severity: 'info',
      cookie: entry.name,
      category: entry.category,
      message: `cookie ${quote(entry.name)} declared under ${entry.category} but never seen`,
    });
  }

  // Storage keys: necessary ones are those the cookie table declares as necessary.
  const necessaryKey = (key) => declaredIn(key).includes('necessary');
  const keyId = ({ storage, key }) => `${storage}\u0000${key}`;
  const earlier = new Set();
  for (const entry of storageKeys(steps.before)) {
    earlier.add(keyId(entry));
    if (!necessaryKey(entry.key))
      add({
        kind: 'storage-before-consent',
        severity: beforeSeverity,
        ...entry,
        message: `${entry.storage} key ${quote(entry.key)} written before any decision`,
      });
  }
  for (const entry of storageKeys(steps.reject)) {
    if (earlier.has(keyId(entry))) continue;
    earlier.add(keyId(entry));
    if (!necessaryKey(entry.key))
      add({
        kind: 'storage-after-refusal',
        severity: 'violation',
        ...entry,
        message: `${entry.storage} key ${quote(entry.key)} written after "reject all"`,
      });
  }
  const keysAfterConsent = new Map();
  for (const category of categories)
    for (const entry of storageKeys(steps.categories[category])) {
      if (earlier.has(keyId(entry))) continue;
      const known = keysAfterConsent.get(keyId(entry)) ?? { entry, with: [] };
      known.with.push(category);
      keysAfterConsent.set(keyId(entry), known);
    }
  for (const { entry, with: appearedWith } of keysAfterConsent.values())
    add({
      kind: 'storage-after-consent',
      severity: 'info',
      ...entry,
      category: appearedWith[0],
      categories: appearedWith,
      message: `${entry.storage} key ${quote(entry.key)} written with ${list(appearedWith)} accepted`,
    });

  // Requests to other sites.
  const contacted = new Set();
  for (const request of steps.before.requests) {
    contacted.add(request.host);
    add({
      kind: 'request-before-consent',
      severity: beforeSeverity,
      host: request.host,
      url: request.url,
      count: request.count,
      message: `request to ${request.host} before any decision (${request.url})`,
    });
  }
  for (const request of steps.reject.requests) {
    if (contacted.has(request.host)) continue;
    contacted.add(request.host);
    add({
      kind: 'request-after-refusal',
      severity: 'violation',
      host: request.host,
      url: request.url,
      count: request.count,
      message: `request to ${request.host} after "reject all" (${request.url})`,
    });
  }
  const hostsAfterConsent = new Map();
  for (const category of categories)
    for (const request of steps.categories[category].requests) {
      if (contacted.has(request.host)) continue;
      const known = hostsAfterConsent.get(request.host) ?? { request, with: [] };
      known.with.push(category);
      hostsAfterConsent.set(request.host, known);
    }
  for (const { request, with: appearedWith } of hostsAfterConsent.values())
    add({
      kind: 'request-after-consent',
      severity: 'info',
      host: request.host,
      url: request.url,
      category: appearedWith[0],
      categories: appearedWith,
      message: `request to ${request.host} only with ${list(appearedWith)} accepted (${request.url})`,
    });

  // Gated scripts still waiting although every category they need was accepted.
  const waiting = new Map();
  const decisionSteps = [
    ['reject', steps.reject],
    ...categories.map((category) => [category, steps.categories[category]]),
  ];
  for (const [name, step] of decisionSteps)
    for (const script of step.gated) {
      if (!script.categories.every((category) => step.accepted.includes(category))) continue;
      const label = script.src ?? `inline: ${script.text}`;
      const known = waiting.get(label) ?? { script, label, with: [] };
      known.with.push(name === 'reject' ? 'necessary' : name);
      waiting.set(label, known);
    }
  for (const { script, label, with: acceptedWith } of waiting.values())
    add({
      kind: 'gated-script-not-run',
      severity: 'warning',
      script: label,
      category: script.categories.join(' '),
      message: `gated script (${label}) for ${script.categories.join(' ')} never ran although ${list(acceptedWith)} was accepted`,
    });

  // A decision the element did not take (a save that accepted nothing).
  for (const category of categories)
    if (!steps.categories[category].accepted.includes(category))
      add({
        kind: 'decision-not-applied',
        severity: 'warning',
        category,
        message: `after save({ "${category}": true }) and a reload, ${category} was not accepted`,
      });

  return findings;
}

const SEVERITY_ORDER = { violation: 0, warning: 1, info: 2 };
const subjectOf = (finding) =>
  finding.cookie ?? finding.key ?? finding.host ?? finding.script ?? finding.category ?? '';

/** One finding per thing across pages (their `pages` joined), sorted: violations first. */
export function mergeFindings(perPage) {
  const merged = new Map();
  for (const finding of perPage.flat()) {
    const id = JSON.stringify([
      finding.kind,
      subjectOf(finding),
      finding.domain ?? '',
      finding.storage ?? '',
      finding.category ?? '',
    ]);
    const known = merged.get(id);
    if (known) known.pages = [...new Set([...known.pages, ...finding.pages])];
    else merged.set(id, { ...finding });
  }
  return [...merged.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.kind.localeCompare(b.kind) ||
      subjectOf(a).localeCompare(subjectOf(b)),
  );
}
