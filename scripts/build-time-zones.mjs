// The time-zone table, src/regimes/time-zones.generated.ts (not kept in git): IANA time zone to
// country, generated from the countries-and-timezones dataset, for the browsers that cannot tell a
// time zone's country themselves (no Intl.Locale.prototype.getTimeZones). Only the part
// dist/parts/time-zones.js carries it. Run by `npm run build` and by `prepare` (so a fresh clone's
// `npm ci` has it before the type check and the tests), or alone: `node scripts/build-time-zones.mjs`.
//
// Each zone, deprecated names and aliases included, maps to the first country the dataset gives it
// (Europe/Zurich: CH, though Busingen in Germany uses it too). An alias is left out when looking up
// the browser's canonical name for it gives the same country: a browser reports canonical names,
// and countryFromTable canonicalises what it is given. Canonical means two things: the IANA one
// (Firefox: Asia/Kolkata) and the CLDR one (Chromium and Safari: Asia/Calcutta, which CLDR never
// renames), which Node's ICU gives here. Every name that either canonicalisation could miss stays.
//
// The format, which gzips to under 3 kB: chunks separated by spaces, one per area (`Europe/`,
// `America/Argentina/`; none for top-level names such as `Iceland`), each the area followed by
// every zone's last segment and its country, run together: `Europe/MonacoMCParisFR`. A country is
// the two capitals before the next name's capital (no zone name has three capitals in a row, nor
// ends in one; the round trip below proves it).
import fs from 'node:fs';
import ct from 'countries-and-timezones';

const ROOT = new URL('..', import.meta.url);
const OUT = new URL('src/regimes/time-zones.generated.ts', ROOT);
// Its package.json is not among its exports: read from where the package is installed.
const { version } = JSON.parse(
  fs.readFileSync(new URL('node_modules/countries-and-timezones/package.json', ROOT), 'utf8'),
);

/** The same reading as countryFromTable's (src/regimes/time-zone.ts). */
export function readTable(table) {
  const zones = new Map();
  for (const chunk of table.split(' ')) {
    const cut = chunk.lastIndexOf('/') + 1;
    for (const [, name, country] of chunk.slice(cut).matchAll(/(.+?)([A-Z]{2})(?=[A-Z]|$)/g)) {
      zones.set(chunk.slice(0, cut) + name, country);
    }
  }
  return zones;
}

/** The CLDR canonical name of a zone, as V8 and Node's ICU report it; undefined for one ICU does not know. */
function cldrName(zone) {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Every zone of the dataset that has a country, with its first country. */
export function datasetZones() {
  const all = ct.getAllTimezones({ deprecated: true });
  return new Map(
    Object.values(all)
      .filter((zone) => zone.countries.length)
      .map((zone) => [zone.name, zone.countries[0]]),
  );
}

/** The IANA canonical name: the end of a chain of aliases. */
function ianaName(zone) {
  const all = ct.getAllTimezones({ deprecated: true });
  let name = zone;
  while (all[name]?.aliasOf) name = all[name].aliasOf;
  return name;
}

export function buildTable() {
  const zones = datasetZones();
  const all = ct.getAllTimezones({ deprecated: true });
  const kept = new Map();
  for (const [name, country] of zones) if (!all[name].aliasOf) kept.set(name, country);
  // The names a CLDR browser reports, with their own country in the dataset.
  for (const name of zones.keys()) {
    const cldr = cldrName(name);
    if (cldr && zones.has(cldr) && !kept.has(cldr)) kept.set(cldr, zones.get(cldr));
  }
  const found = (name, canonical) => kept.get(name) ?? (canonical && kept.get(canonical));
  for (const [name, country] of zones) {
    if (found(name, cldrName(name)) !== country || found(name, ianaName(name)) !== country) kept.set(name, country);
  }
  const areas = new Map();
  for (const name of [...kept.keys()].sort()) {
    const cut = name.lastIndexOf('/') + 1;
    const area = name.slice(0, cut);
    areas.set(area, (areas.get(area) ?? '') + name.slice(cut) + kept.get(name));
  }
  const table = [...areas].map(([area, names]) => area + names).join(' ');
  const read = readTable(table);
  if (read.size !== kept.size || [...kept].some(([name, country]) => read.get(name) !== country)) {
    throw new Error('build-time-zones: the table does not read back as written (a zone name the format cannot carry)');
  }
  return { table, size: kept.size, of: zones.size };
}

export function writeTable() {
  const { table, size, of } = buildTable();
  const source = `// Generated from countries-and-timezones ${version} by scripts/build-time-zones.mjs, do not edit.
// ${size} time zones of the dataset's ${of} with a country (the others are found through the
// browser's canonical name); the format is described in the script.

/** Time zone to country, for the part \`time-zones\` only (read by countryFromTable). */
export const TIME_ZONES = '${table}';
`;
  if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== source) fs.writeFileSync(OUT, source);
  return { size, of };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { size, of } = writeTable();
  console.log(
    `time zones: ${size} of ${of} in src/regimes/time-zones.generated.ts (countries-and-timezones ${version})`,
  );
}
