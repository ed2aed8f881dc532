/** Helpers for the consent model tests: store options, cookies as the browser keeps them, a stubbed `document.cookie`. */

import type { StoreOptions } from '../../src/consent/store.js';

export const DAY = 864e5;
export const OPTIONAL = ['statistical', 'first-party', 'third-party'];
export const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

/** Store options as `<cookie-consent>` gives them by default. */
export function storeOptions(overrides: Partial<StoreOptions> = {}): StoreOptions {
  return { name: 'cookies_preferences', path: '/', expiresDays: 182, revision: 0, ...overrides };
}

/** A cookie as the browser keeps it (CookieStore gives more than TypeScript's `CookieListItem`). */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string | null;
  path: string;
  expires: number | null;
  secure: boolean;
  sameSite: 'strict' | 'lax' | 'none';
}

/** The cookie this page would send, with its attributes, or null. */
export async function browserCookie(name = 'cookies_preferences'): Promise<BrowserCookie | null> {
  return (await cookieStore.get(name)) as BrowserCookie | null;
}

const nativeCookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;

/**
 * Replaces `document.cookie` on this document (not the prototype) until `restore()`. Without
 * `get`/`set`, the real cookie jar is used; `written` collects every string assigned.
 */
export function stubDocumentCookie(stub: { get?: () => string; set?: (value: string) => void } = {}): {
  written: string[];
  restore: () => void;
} {
  const written: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: stub.get ?? (() => nativeCookie.get!.call(document) as string),
    set(value: string) {
      written.push(value);
      (stub.set ?? ((v: string) => nativeCookie.set!.call(document, v)))(value);
    },
  });
  return { written, restore: () => void delete (document as { cookie?: string }).cookie };
}

/** A `document.cookie` that throws, as in a sandboxed iframe without `allow-same-origin`. */
export function throwingDocumentCookie(): { restore: () => void } {
  const error = () => {
    throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
  };
  return stubDocumentCookie({ get: error, set: error });
}

/** The `name=value` part and the attributes of a string written to `document.cookie`. */
export function cookieAttributes(written: string): { pair: string; attributes: Record<string, string | true> } {
  const [pair, ...rest] = written.split('; ');
  const attributes: Record<string, string | true> = {};
  for (const attribute of rest) {
    const [key, ...value] = attribute.split('=');
    attributes[key.toLowerCase()] = value.length ? value.join('=') : true;
  }
  return { pair, attributes };
}

/** Deletes a cookie stored on a path other than `/` (helpers.clearCookies only knows `/` and this page's). */
export function deleteCookieOnPath(name: string, path: string): void {
  document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}`;
}
