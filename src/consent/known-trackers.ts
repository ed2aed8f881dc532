/**
 * Cookies of well-known analytics and advertising services, by name: one declared "necessary"
 * would be set without consent and could never be refused, so the element warns about it.
 * Sources: each vendor's own cookie documentation (Google Analytics and Ads, Meta Pixel, Matomo,
 * Hotjar, Microsoft Clarity, LinkedIn Insight, TikTok Pixel, HubSpot), as of 2026-12.
 */

const TRACKERS: readonly [service: string, pattern: RegExp][] = [
  ['Google Analytics', /^(_ga|_ga_.+|_gid|_gat.*|__utm[a-z]+)$/],
  ['Google Ads', /^(_gcl_.+|IDE|test_cookie|__gads|__gpi)$/],
  ['Meta', /^(_fbp|_fbc|fr)$/],
  ['Matomo', /^(_pk_(id|ses|ref|cvar|hsr)(\..*)?|mtm_.+)$/],
  ['Hotjar', /^_hj.+$/],
  ['Microsoft Clarity', /^(_clck|_clsk|CLID|MUID|ANONCHK|SM)$/],
  ['LinkedIn', /^(li_sugr|bcookie|lidc|UserMatchHistory|AnalyticsSyncHistory|li_fat_id|_guid)$/],
  ['TikTok', /^(_ttp|_tt_enable_cookie|ttwid)$/],
  ['HubSpot', /^(__hstc|__hssc|__hssrc|hubspotutk)$/],
];

/** The service whose tracking cookie `name` (a declared name, where `*` stands for any run) is, if any. */
export function trackerOf(name: string): string | undefined {
  const sample = name.replace(/\*/g, 'x');
  return TRACKERS.find(([, pattern]) => pattern.test(sample))?.[0];
}
