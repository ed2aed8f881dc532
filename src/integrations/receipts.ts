/** Consent receipts: every decision is sent as JSON to `log-endpoint`, for the site to keep as proof of consent. */

import type { ReactiveControllerHost } from 'lit';
import type { ConsentChangeDetail } from '../consent/state.js';
import { safeUrl } from '../internal/url.js';
import { HostController } from './controller.js';

export interface ConsentReceipt {
  id: string | null;
  revision: number;
  timestamp: string | null;
  categories: Readonly<Record<string, boolean>>;
  /** There only when the configuration has services. */
  services?: Readonly<Record<string, boolean>>;
  /** The regime the choice was made under, and the region that chose it (`''` when unknown). */
  regime: string;
  region: string;
  source: string;
  /** The page, without query string or fragment (they may hold personal data). */
  url: string;
}

export function buildReceipt({ state, source }: ConsentChangeDetail, page: Location = location): ConsentReceipt {
  const { id, revision, timestamp, categories, services, regime, region } = state;
  const receipt: ConsentReceipt = {
    id,
    revision,
    timestamp,
    categories,
    regime,
    region,
    source,
    url: page.origin + page.pathname,
  };
  if (Object.keys(services).length) receipt.services = services;
  return receipt;
}

/** What receipts need of the element. */
export interface ReceiptsHost extends ReactiveControllerHost {
  readonly logEndpoint: string | null;
  warn(message: string): void;
}

export class ReceiptsController extends HostController<ReceiptsHost> {
  readonly name = 'receipts';

  changed(change: ConsentChangeDetail): void {
    const endpoint = this.host.logEndpoint;
    // A tab that only heard of a decision made in another one sends nothing: that tab did.
    if (!endpoint || !change.state.decided || change.source === 'sync') return;
    const url = safeUrl(endpoint);
    if (!url) return this.host.warn(`log-endpoint "${endpoint}" is not an http(s) or relative URL; no receipt is sent`);
    // A string is sent as text/plain: no CORS preflight, so a beacon to another origin goes out too.
    const body = JSON.stringify(buildReceipt(change));
    try {
      if (navigator.sendBeacon(url, body)) return;
    } catch {
      // Falls back to fetch.
    }
    fetch(url, { method: 'POST', body, keepalive: true, mode: 'no-cors' }).catch(() => {});
  }
}
