/**
 * The audit (part `audit`, loaded only with the `audit` attribute or `?cookie-consent-audit` in the
 * page's URL): once the page has settled, says in the console which cookies and storage keys exist
 * without consent for them, and which cookies no category declares, so that a developer sees a
 * leak while building the page. What it finds is what the page's own JavaScript can see: no
 * HttpOnly cookie, nothing of another site (`cookie-consent-element check` sees more).
 */

import type { CategoryConfig } from '../consent/config.js';
import { NECESSARY, type ConsentState } from '../consent/state.js';
import { cookieNames } from '../consent/cookies.js';
import { cookieMatcher } from './cleanup.js';

export interface AuditFinding {
  kind: 'without-consent' | 'undeclared';
  /** `cookie` or the storage it is in. */
  where: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  /** The category that declares it, when one does. */
  category?: string;
}

export interface AuditInput {
  cookies: readonly string[];
  storage: readonly { where: 'localStorage' | 'sessionStorage'; name: string }[];
  content: Readonly<Record<string, CategoryConfig>>;
  state: ConsentState;
  consentCookie: string;
}

/** For a name, the category whose cookie table declares it, if any (necessary first, as configured). */
function declaringCategory(content: AuditInput['content']): (name: string) => string | undefined {
  const matchers = Object.entries(content).map(
    ([category, { cookies = [] }]) => [category, cookieMatcher(cookies.map((cookie) => cookie.name))] as const,
  );
  return (name) => matchers.find(([, matches]) => matches(name))?.[0];
}

/** What is wrong with what the page holds: pure, so that it is tested on its own. */
export function auditFindings({ cookies, storage, content, state, consentCookie }: AuditInput): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const declaring = declaringCategory(content);
  const accepted = (category: string | undefined) =>
    category === NECESSARY || (category !== undefined && state.accepted.includes(category));
  for (const name of cookies) {
    if (name === consentCookie) continue;
    const category = declaring(name);
    if (!category) findings.push({ kind: 'undeclared', where: 'cookie', name });
    else if (!accepted(category)) findings.push({ kind: 'without-consent', where: 'cookie', name, category });
  }
  for (const { where, name } of storage) {
    const category = declaring(name);
    if (!accepted(category)) findings.push({ kind: 'without-consent', where, name, ...(category ? { category } : {}) });
  }
  return findings;
}

/** What the audit needs of the element. */
export interface AuditHost {
  readonly content: Readonly<Record<string, CategoryConfig>>;
  readonly state: ConsentState;
  readonly cookieName: string;
}

function storageKeys(where: 'localStorage' | 'sessionStorage') {
  try {
    const storage = window[where];
    return Array.from({ length: storage.length }, (_, i) => ({ where, name: storage.key(i)! }));
  } catch {
    return []; // Storage blocked: nothing in it.
  }
}

/** Once the page has loaded and settled a little, reports in the console (one message). */
export function audit(host: AuditHost, settleMs = 1500): Promise<AuditFinding[]> {
  return new Promise((resolve) => {
    const run = () =>
      setTimeout(() => {
        let cookies: string[] = [];
        try {
          cookies = cookieNames();
        } catch {
          // Cookies blocked.
        }
        const findings = auditFindings({
          cookies,
          storage: [...storageKeys('localStorage'), ...storageKeys('sessionStorage')],
          content: host.content,
          state: host.state,
          consentCookie: host.cookieName,
        });
        const lines = findings.map(
          ({ kind, where, name, category }) =>
            `- ${where} "${name}": ${kind === 'undeclared' ? 'no category declares it' : `exists without consent${category ? ` for "${category}"` : ''}`}`,
        );
        if (lines.length) console.warn(`cookie-consent audit: ${lines.length} problem(s)\n${lines.join('\n')}`);
        else
          console.info(
            'cookie-consent audit: every cookie and storage key this page can see is declared and consented to',
          );
        resolve(findings);
      }, settleMs);
    if (document.readyState === 'complete') run();
    else window.addEventListener('load', run, { once: true });
  });
}
