// Helpers for the integration tests: plain pages in iframes, waiting for what they do, cookies.

/**
 * Loads `src` (or, with `{ srcdoc }`, markup) in a new iframe; resolves with its window once loaded
 * and its `<cookie-consent>` has the parts a visitor would find there by the time they act.
 */
export async function openFrame(src, { srcdoc } = {}) {
  const frame = document.createElement('iframe');
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = src;
  document.body.append(frame);
  const win = await nextLoad(frame);
  await settled(win);
  return win;
}

/**
 * Resolves once the page's `<cookie-consent>` has its on-demand `integrations` part (gating, receipts,
 * clean-up, cross-tab sync), which `cookie-consent.js` fetches right after the banner's first render.
 */
export async function settled(win) {
  if (!win.document.querySelector('cookie-consent') || !win.document.querySelector('script[src$="/cookie-consent.js"]'))
    return;
  await until(
    () => win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/parts/integrations.js')),
    'the integrations part',
  );
  await pause(20);
}

/** The frame's window after its next load (a reload, for instance). */
export function nextLoad(frame) {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow), { once: true }));
}

export const consentOf = (win) => win.document.querySelector('cookie-consent');
export const partOf = (win, name) => consentOf(win).shadowRoot.querySelector(`[part~="${name}"]`);

/** Waits until `check()` is truthy; fails naming `what` after `timeout` ms. */
export async function until(check, what, timeout = 3000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The names of the cookies this page sees. */
export const cookieNames = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((cookie) => cookie.split('=')[0]);

/** Deletes every cookie the tests may have set (paths and domains they use). */
export function clearCookies() {
  const paths = ['/', '/test/', '/test/integrations/', '/test/integrations/pages/'];
  for (const name of cookieNames()) {
    for (const path of paths) {
      for (const domain of ['', `; domain=${location.hostname}`])
        document.cookie = `${name}=; max-age=0; path=${path}${domain}`;
    }
  }
}

/** A stored choice as another visit would have left it. */
export function storeChoice(categories, name = 'cookies_preferences') {
  const choice = {
    version: 1,
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    revision: 0,
    timestamp: new Date().toISOString(),
    categories: { necessary: true, statistical: false, 'first-party': false, 'third-party': false, ...categories },
  };
  document.cookie = `${name}=${encodeURIComponent(JSON.stringify(choice))}; path=/`;
}
