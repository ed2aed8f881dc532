/** Cross-tab sync: a choice made in one tab reaches the site's other open tabs (`consent-change` with source `sync`). */

import type { ConsentState } from '../consent/state.js';
import type { Integration } from '../elements/cookie-consent/cookie-consent.js';
import { onChange } from './shared.js';

/** The choice as the cookie would hold it, so that the receiving tab validates it like one. */
export function encodeChoice({ id, revision, timestamp, categories }: ConsentState): string {
  return encodeURIComponent(JSON.stringify({ version: 1, id, revision, timestamp, categories }));
}

export const sync: Integration = (host) => {
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(`cookie-consent:${host.cookieName}`) : null;
  // The message carries the choice: the receiving tab's document.cookie may not show it yet.
  if (channel) channel.onmessage = ({ data }) => typeof data === 'string' && host.adopt(data);
  onChange(
    host,
    ({ state, source }) => source !== 'sync' && state.decided && channel?.postMessage(encodeChoice(state)),
  );
  // Without a channel, or for a choice made on another subdomain: read the cookie when the tab comes back.
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) return;
    try {
      const name = `${host.cookieName}=`;
      const raw = document.cookie
        .split('; ')
        .find((cookie) => cookie.startsWith(name))
        ?.slice(name.length);
      const { id, timestamp } = JSON.parse(decodeURIComponent(raw!));
      if (id !== host.state.id || timestamp !== host.state.timestamp) host.adopt(raw!);
    } catch {
      // No cookie, not ours, or cookies blocked: nothing to take.
    }
  });
};
