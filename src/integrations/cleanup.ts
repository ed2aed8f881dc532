/** Withdrawal clean-up: deletes the cookies a refused category or service declares, wherever a tracker may have set them. */

import type { ReactiveControllerHost } from 'lit';
import { entryOf, type CategoryConfig } from '../consent/config.js';
import { flatChoice, type ConsentChangeDetail, type ConsentState } from '../consent/state.js';
import { cookieNames } from '../consent/cookies.js';
import { HostController } from './controller.js';

/** Whether a cookie name matches one of the declared names, where `*` stands for any run of characters. */
export function cookieMatcher(patterns: readonly string[]): (name: string) => boolean {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(?:${patterns.map((name) => escape(name).replace(/\*/g, '.*')).join('|')})$`);
  return (name) => patterns.length > 0 && pattern.test(name);
}

/**
 * Where to delete: host-only (`undefined`), the configured domain, then the host and each parent
 * domain but the last label (trackers set theirs on `.example.org`); the browser ignores any it refuses.
 */
export function cookieDomains(hostname: string, configured?: string | null): (string | undefined)[] {
  const domains = [undefined, configured || undefined];
  const labels = hostname.split('.');
  for (let i = 0; i < Math.max(labels.length - 1, 1); i++) domains.push(labels.slice(i).join('.'));
  return [...new Set(domains)];
}

/** What clean-up needs of the element. */
export interface CleanupHost extends ReactiveControllerHost {
  readonly content: Readonly<Record<string, CategoryConfig>>;
  readonly cookiePath: string;
  readonly cookieDomain: string | null;
}

export class CleanupController extends HostController<CleanupHost> {
  readonly name = 'clean-up';

  /** At load too: a tracker may have written again while the page that withdrew was unloading. */
  ready(state: ConsentState): void {
    if (state.decided) this.#clean(state, Object.keys(flatChoice(state)));
  }

  changed({ state, changed }: ConsentChangeDetail): void {
    this.#clean(state, changed);
  }

  #clean(state: ConsentState, names: readonly string[]): void {
    const patterns = names
      .filter((name) => !state.accepted.includes(name))
      .flatMap((name) => entryOf(this.host.content, name)?.cookies?.map((cookie) => cookie.name) ?? []);
    if (!patterns.length) return;
    const match = cookieMatcher(patterns);
    let present: string[];
    try {
      present = cookieNames();
    } catch {
      return; // Cookies blocked: there is nothing to delete.
    }
    const doomed = new Set([...patterns.filter((name) => !name.includes('*')), ...present.filter(match)]);
    const secure = location.protocol === 'https:' ? '; secure' : '';
    // `/`, the configured path, and the page's directories (where a cookie set without a path lands).
    const paths = new Set(['/', this.host.cookiePath]);
    let path = '';
    for (const segment of location.pathname.split('/').slice(1, -1)) paths.add((path += `/${segment}`)).add(`${path}/`);
    for (const name of doomed) {
      if (!/^[^\s;=,]+$/.test(name)) continue;
      for (const domain of cookieDomains(location.hostname, this.host.cookieDomain)) {
        for (const path of paths) {
          document.cookie = `${name}=; max-age=0; path=${path}${domain ? `; domain=${domain}` : ''}${secure}`;
        }
      }
    }
  }
}
