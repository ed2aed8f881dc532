/**
 * The visitor's country from the browser's time zone (SPEC "Regimes"): asked of the browser where
 * it can answer (`Intl.Locale.prototype.getTimeZones`), else looked up in the generated table of
 * the part `time-zones`, fetched only then. Nothing is sent anywhere. Never throws.
 */

/** The generated table: see scripts/build-time-zones.mjs for its format. */
export type TimeZoneTable = string;

/**
 * `Intl.Locale` with the Intl Locale Info API's method, not yet in TypeScript's lib. (Chromium's
 * earlier `timeZones` getter, from an older draft, is not used: those browsers take the table.)
 */
interface LocaleInfo {
  getTimeZones?(): string[] | undefined;
}

/** The browser's time zone (`Europe/Paris`), `''` when it has none to give. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}

/**
 * The browser's canonical name for a zone: Chromium gives `Asia/Calcutta` for `Asia/Kolkata`,
 * Firefox the other way round; the name as it is when the browser does not know it.
 */
function canonical(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

let listedZones = new Map<string, string[]>();
/** The `getTimeZones` the lists came from: another (a polyfill arriving, a test's) starts afresh. */
let listedBy: unknown;

/**
 * The time zones the browser lists for a country, `[]` when it lists none or cannot be asked.
 * Kept: each costs about a millisecond in Chromium, which computes it afresh every time.
 */
function zonesOf(country: string): string[] {
  const getTimeZones = (Intl.Locale.prototype as LocaleInfo).getTimeZones;
  if (listedBy !== getTimeZones) {
    listedZones = new Map();
    listedBy = getTimeZones;
  }
  let zones = listedZones.get(country);
  if (!zones) {
    try {
      zones = (new Intl.Locale(`und-${country}`) as LocaleInfo).getTimeZones?.() ?? [];
    } catch {
      zones = [];
    }
    listedZones.set(country, zones);
  }
  return zones;
}

/**
 * Which of `candidates` (upper-case countries) the browser puts `zone` in: `''` when none,
 * `undefined` when the browser cannot tell (no `getTimeZones`: then the table is needed). The names
 * are compared as given and as the browser canonicalises them, so `Asia/Calcutta` and
 * `Asia/Kolkata` are both India whichever the browser lists. An exact name wins over a canonical
 * match (Europe/Copenhagen is Denmark even where it is canonicalised to Europe/Berlin). Asking
 * costs about a millisecond per candidate the first time (30 ms for all of the EEA's).
 */
export function countryFromBrowser(zone: string, candidates: readonly string[]): string | undefined {
  if (typeof (Intl.Locale?.prototype as LocaleInfo | undefined)?.getTimeZones !== 'function') return undefined;
  if (!zone) return '';
  const inList = (test: (name: string) => boolean) => candidates.find((country) => zonesOf(country).some(test));
  const exact = inList((name) => name === zone);
  if (exact) return exact;
  const own = canonical(zone);
  const found = own !== zone ? inList((name) => name === own) : undefined;
  if (found) return found;
  // Canonicalising the listed names is slower still: only for the names that the browser does not
  // itself hold canonical (none, in today's browsers), since canonicalising those changes nothing.
  const canonicalNames = supportedZones();
  return inList((name) => !canonicalNames.has(name) && canonical(name) === own) ?? '';
}

/** The browser's canonical zone names; none when it cannot list them. */
function supportedZones(): Set<string> {
  try {
    return new Set(Intl.supportedValuesOf('timeZone'));
  } catch {
    return new Set();
  }
}

let read: { table: TimeZoneTable; zones: Map<string, string> } | undefined;

/** The table as a map of zone to country, read once. */
export function readTimeZoneTable(table: TimeZoneTable): Map<string, string> {
  if (read?.table !== table) {
    const zones = new Map<string, string>();
    for (const chunk of table.split(' ')) {
      const cut = chunk.lastIndexOf('/') + 1;
      for (const [, name, country] of chunk.slice(cut).matchAll(/(.+?)([A-Z]{2})(?=[A-Z]|$)/g)) {
        zones.set(chunk.slice(0, cut) + name, country);
      }
    }
    read = { table, zones };
  }
  return read.zones;
}

/** The country of a zone from the table, by its name or the browser's canonical one; `''` for none (`UTC`, `Etc/GMT+1`). */
export function countryFromTable(zone: string, table: TimeZoneTable): string {
  const zones = readTimeZoneTable(table);
  return zones.get(zone) ?? zones.get(canonical(zone)) ?? '';
}

/**
 * The region a time zone gives, one of `candidates` (see `candidateCountries`) or `''`: a string
 * at once when it is known now (the browser can tell, or there is nothing to ask), a promise when
 * it takes the table (`loadTable`, called only then; `''` if it cannot be loaded). A country outside
 * `candidates` is `''` in both cases, so every browser gives the same answer.
 */
export function regionOfTimeZone(
  zone: string,
  candidates: readonly string[],
  loadTable: () => Promise<TimeZoneTable>,
): string | Promise<string> {
  if (!zone || !candidates.length) return '';
  const known = countryFromBrowser(zone, candidates);
  if (known !== undefined) return known;
  return loadTable().then(
    (table) => {
      const country = countryFromTable(zone, table);
      return candidates.includes(country) ? country : '';
    },
    () => '',
  );
}
