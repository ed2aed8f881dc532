// Which requests go to another site. A site is a registrable domain (`www.example.org` and
// `cdn.example.org` are one site, `example.org` and `example.com` two), found with the Public
// Suffix List when the `tldts-icann` package can be imported, else with a short list of common
// two-label suffixes. An IP address or `localhost` is a site of its own, port included, so that
// two local test servers on 127.0.0.1 count as two hosts.

/* global URL */
const TWO_LABEL = /\.(?:co|com|org|net|gov|ac|edu|ne|or|go|gv|nic|ltd|plc|sch|mil)\.[a-z]{2}$/;

let psl;
try {
  psl = await import('tldts-icann');
} catch {
  psl = null;
}

const isLocal = (hostname) =>
  hostname === 'localhost' ||
  hostname.endsWith('.localhost') ||
  /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) ||
  hostname.startsWith('[');

/** The registrable domain of a host name, or the host name itself when there is none. */
export function registrable(hostname) {
  if (isLocal(hostname)) return hostname;
  const fromList = psl?.getDomain?.(hostname) ?? psl?.default?.getDomain?.(hostname);
  if (fromList) return fromList;
  const labels = hostname.split('.');
  const keep = TWO_LABEL.test(`.${hostname}`) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** What identifies a site: the registrable domain, or for a local host, `host:port`. */
export function siteOf(url) {
  const { hostname, host } = new URL(url);
  return isLocal(hostname) ? host : registrable(hostname);
}

/** The host to report for a request: `host[:port]` as in the URL. */
export const hostOf = (url) => new URL(url).host;

/** Whether `url` (a request) goes to another site than `page`. Only network schemes count. */
export function isOtherSite(page, url) {
  if (!/^(?:https?|wss?):/i.test(url)) return false;
  return siteOf(url) !== siteOf(page);
}
