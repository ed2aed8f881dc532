/** Regions and the regime each gets (SPEC "Regimes"): the member lists, parsing, and the map lookup. Pure, no DOM. */

import { isObject, RESERVED } from '../consent/json.js';
import type { Regime } from '../consent/state.js';

/**
 * The European Union's members as ISO 3166-1 alpha-2 codes, from the European Union's "Country
 * profiles" page (european-union.europa.eu/principles-countries-history/eu-countries), as of
 * 2026-12-01. Greece is `GR` here: the EU's own abbreviation is "EL", but a region is an ISO code.
 */
// prettier-ignore
export const EU: readonly string[] = Object.freeze([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

/**
 * The European Economic Area: the EU and three EFTA states, Iceland, Liechtenstein and Norway
 * (EFTA's "EEA Agreement" page, efta.int/eea, as of 2026-12-01; Switzerland is not a party).
 */
export const EEA: readonly string[] = Object.freeze([...EU, 'IS', 'LI', 'NO']);

/** The map every site starts from; its own `regimes` entries go over it. */
export const BUILT_IN_REGIMES: Readonly<Record<string, Regime>> = Object.freeze({ US: 'opt-out', '*': 'opt-in' });

const REGIMES: readonly Regime[] = ['opt-in', 'opt-out', 'none'];

/** ISO 3166-1 alpha-2 (`FR`), or ISO 3166-2 (`US-CA`): the country, `-`, one to three letters or digits. */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** A region as the `region` attribute gives it, upper case; `''` for none, or (one problem) for a malformed one. */
export function parseRegion(value: string | null | undefined, problems: string[]): string {
  const region = (value ?? '').trim().toUpperCase();
  if (!region || REGION.test(region)) return region;
  problems.push(`"${value}" is not an ISO 3166 country or subdivision code (such as FR or US-CA)`);
  return '';
}

/** A key of the map, upper case, or undefined when it is none of a region, `EU`, `EEA` and `*`. */
function regimeKey(key: string): string | undefined {
  const upper = key.trim().toUpperCase();
  return upper === '*' || upper === 'EU' || upper === 'EEA' || REGION.test(upper) ? upper : undefined;
}

/**
 * The `regimes` entry of the site's JSON configuration: `{ "US-CA": "opt-out", "EU": "opt-in" }`.
 * Each bad entry is one problem and is skipped; anything but an object is one problem and no entries.
 * `undefined` (no `regimes` in the configuration) is no entries and no problem.
 */
export function parseRegimeMap(value: unknown, problems: string[]): Record<string, Regime> {
  const map: Record<string, Regime> = {};
  if (value === undefined) return map;
  if (!isObject(value)) {
    problems.push('regimes: expected an object such as { "US-CA": "opt-out", "EU": "opt-in" }');
    return map;
  }
  for (const [name, regime] of Object.entries(value)) {
    const key = RESERVED.has(name) ? undefined : regimeKey(name);
    if (key === undefined) {
      problems.push(`regimes: "${name}" is not a region (such as FR or US-CA), EU, EEA or *`);
    } else if (!REGIMES.includes(regime as Regime)) {
      problems.push(`regimes.${name}: ${JSON.stringify(regime)} is not one of ${REGIMES.join(', ')}`);
    } else if (Object.hasOwn(map, key)) {
      problems.push(`regimes: "${name}" repeats ${key}`);
    } else {
      map[key] = regime as Regime;
    }
  }
  return map;
}

/** The site's entries over the built-in ones. */
function merged(siteMap: Readonly<Record<string, Regime>>): Record<string, Regime> {
  return { ...BUILT_IN_REGIMES, ...siteMap };
}

/**
 * The regime of a region (upper case, `''` when unknown) and the key that gave it: the most
 * specific key that matches wins, the subdivision (`US-CA`), its country (`US`), `EU`, `EEA`, `*`.
 */
export function regimeFor(region: string, siteMap: Readonly<Record<string, Regime>>): { regime: Regime; key: string } {
  const map = merged(siteMap);
  const country = region.slice(0, 2);
  const keys = [
    region.includes('-') ? region : '',
    country,
    EU.includes(country) ? 'EU' : '',
    EEA.includes(country) ? 'EEA' : '',
    '*',
  ];
  for (const key of keys) {
    if (key && Object.hasOwn(map, key)) return { regime: map[key], key };
  }
  // Only a site map could lack `*`, and the built-in one has it: the safe default all the same.
  return { regime: 'opt-in', key: '' };
}

/**
 * The countries worth asking the browser about: those whose regime differs from that of an unknown
 * region (`*`), taken from the merged map's countries, the countries of its subdivisions (a time
 * zone names a country, never a subdivision) and the EU and EEA members when those keys are there.
 * Empty when every country gets what `*` gets: then the time zone cannot change the answer and
 * need not be looked up at all.
 */
export function candidateCountries(siteMap: Readonly<Record<string, Regime>>): string[] {
  const map = merged(siteMap);
  const named = new Set<string>();
  for (const key of Object.keys(map)) {
    if (key === 'EU') EU.forEach((country) => named.add(country));
    else if (key === 'EEA') EEA.forEach((country) => named.add(country));
    else if (key !== '*') named.add(key.slice(0, 2));
  }
  const unknown = regimeFor('', siteMap).regime;
  return [...named].filter((country) => regimeFor(country, siteMap).regime !== unknown);
}
