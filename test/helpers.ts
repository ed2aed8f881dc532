/** Shared test helpers: a clean cookie jar, captured warnings, and a page-like element setup. */

import '../src/index.js';
import type { CookieConsent } from '../src/elements/cookie-consent/cookie-consent.js';

export const COOKIE = 'cookies_preferences';

/** Deletes every cookie this page can see (on `/` and the current path). */
export function clearCookies(): void {
  for (const cookie of document.cookie.split('; ').filter(Boolean)) {
    const name = cookie.split('=')[0];
    for (const path of ['/', location.pathname]) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}`;
    }
  }
}

/** The raw (still encoded) value of a cookie, or undefined. */
export function rawCookie(name = COOKIE): string | undefined {
  const found = document.cookie.split('; ').find((cookie) => cookie.startsWith(`${name}=`));
  return found?.slice(name.length + 1);
}

/** The stored choice, decoded and parsed. */
export function storedChoice(name = COOKIE): Record<string, unknown> | undefined {
  const raw = rawCookie(name);
  return raw === undefined ? undefined : JSON.parse(decodeURIComponent(raw));
}

/** Stores a value in the cookie exactly as given (already encoded). */
export function setRawCookie(value: string, name = COOKIE): void {
  document.cookie = `${name}=${value}; path=/`;
}

/** A valid stored choice, as another visit would have left it. */
export function validChoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    revision: 0,
    timestamp: new Date().toISOString(),
    categories: { necessary: true, statistical: true, 'first-party': false, 'third-party': false },
    ...overrides,
  };
}

export function storeChoice(choice: Record<string, unknown>, name = COOKIE): void {
  setRawCookie(encodeURIComponent(JSON.stringify(choice)), name);
}

/** Collects console.warn calls while `run` runs (and until `restore()` when no callback). */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Adds a `<cookie-consent>` from markup to the page, waits for its first render. */
export async function addConsent(markup = '<cookie-consent></cookie-consent>'): Promise<CookieConsent> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.querySelector('cookie-consent')!;
  await element.updateComplete;
  // A language other than English arrives on demand: the element renders once it is here.
  for (let tries = 0; !element.speech && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  await element.updateComplete;
  // The integrations part (data-consent-open links, gating…) comes after the banner's first paint.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  return element;
}

/** Removes every element the tests added. */
export function cleanPage(): void {
  document.body.replaceChildren();
}

/** A part inside the element's shadow root. */
export function part<T extends HTMLElement = HTMLElement>(element: HTMLElement, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends HTMLElement = HTMLElement>(element: HTMLElement, name: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Resolves with the next event of that type on document. */
export function nextEvent<T = unknown>(type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    document.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

/** Waits until `check()` holds, polling (what arrives on demand, a part or a language, takes a moment). */
export async function until(check: () => unknown, what = 'the condition', timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The preferences dialog, once it is open (its part arrives asynchronously). */
export async function openDialog(element: HTMLElement): Promise<HTMLDialogElement> {
  await until(() => part<HTMLDialogElement>(element, 'preferences')?.open, 'the preferences dialog to open');
  return part<HTMLDialogElement>(element, 'preferences')!;
}
