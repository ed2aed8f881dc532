/** Consent receipts: every decision is sent as JSON to `log-endpoint`, for the site to keep as proof of consent. */

import { safeUrl } from '../consent/config.js';
import type { ConsentChangeDetail } from '../consent/state.js';
import type { Integration } from '../elements/cookie-consent/cookie-consent.js';
import { onChange } from './shared.js';

export interface ConsentReceipt {
  id: string | null;
  revision: number;
  timestamp: string | null;
  categories: Readonly<Record<string, boolean>>;
  source: string;
  /** The page, without query string or fragment (they may hold personal data). */
  url: string;
}

export function buildReceipt({ state, source }: ConsentChangeDetail, page: Location = location): ConsentReceipt {
  const { id, revision, timestamp, categories } = state;
  return { id, revision, timestamp, categories, source, url: page.origin + page.pathname };
}

export const receipts: Integration = (host) =>
  onChange(host, (change) => {
    // A tab that only heard of a decision made in another one sends nothing: that tab did.
    if (!host.logEndpoint || !change.state.decided || change.source === 'sync') return;
    const url = safeUrl(host.logEndpoint);
    if (!url)
      return host.warn(`log-endpoint "${host.logEndpoint}" is not an http(s) or relative URL; no receipt is sent`);
    // A string is sent as text/plain: no CORS preflight, so a beacon to another origin goes out too.
    const body = JSON.stringify(buildReceipt(change));
    try {
      if (navigator.sendBeacon(url, body)) return;
    } catch {
      // Falls back to fetch.
    }
    fetch(url, { method: 'POST', body, keepalive: true, mode: 'no-cors' }).catch(() => {});
  });
