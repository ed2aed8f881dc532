// The generated time-zone table (src/regimes/time-zones.generated.ts, scripts/build-time-zones.mjs)
// against its dataset, countries-and-timezones: every zone and alias with a country maps to the
// dataset's first country, read as the part reads it (countryFromTable) with Node's canonical names
// (ICU's, as Chromium and Safari give them), and with the IANA ones (as Firefox gives them).
// Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import ct from 'countries-and-timezones';
import ts from 'typescript';
import { buildTable, datasetZones, readTable } from '../../scripts/build-time-zones.mjs';

const ROOT = new URL('../../', import.meta.url);

/** A TypeScript module of the sources, imported as JavaScript (these two import nothing). */
async function importSource(path) {
  const source = fs.readFileSync(new URL(path, ROOT), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const { TIME_ZONES } = await importSource('src/regimes/time-zones.generated.ts');
const { countryFromTable, readTimeZoneTable } = await importSource('src/regimes/time-zone.ts');
const all = ct.getAllTimezones({ deprecated: true });
const zones = datasetZones();

test('the generated file is what the generator makes now, from the installed dataset', () => {
  assert.equal(TIME_ZONES, buildTable().table);
  const header = fs.readFileSync(new URL('src/regimes/time-zones.generated.ts', ROOT), 'utf8').split('\n')[0];
  assert.match(
    header,
    /^\/\/ Generated from countries-and-timezones \d+\.\d+\.\d+ by scripts\/build-time-zones\.mjs, do not edit\.$/,
  );
});

test('the part reads the table as the generator wrote it', () => {
  assert.deepEqual([...readTimeZoneTable(TIME_ZONES)], [...readTable(TIME_ZONES)]);
});

test('the dataset is the one expected: hundreds of zones, aliases among them', () => {
  assert.ok(zones.size > 500, `${zones.size} zones`);
  assert.equal(all['Asia/Calcutta'].aliasOf, 'Asia/Kolkata');
});

test("every zone and alias of the dataset maps to its first country, with ICU's canonical names (Chromium, Safari)", () => {
  const wrong = [...zones].filter(([zone, country]) => countryFromTable(zone, TIME_ZONES) !== country);
  assert.deepEqual(wrong, []);
});

test("every zone and alias of the dataset maps to its first country, with IANA's canonical names (Firefox)", () => {
  const table = readTable(TIME_ZONES);
  const iana = (zone) => {
    let name = zone;
    while (all[name]?.aliasOf) name = all[name].aliasOf;
    return name;
  };
  const wrong = [...zones].filter(([zone, country]) => (table.get(zone) ?? table.get(iana(zone))) !== country);
  assert.deepEqual(wrong, []);
});

test('a zone in several countries takes the first (Europe/Zurich: CH; Europe/Berlin: DE), an alias its own', () => {
  for (const [zone, country] of [
    ['Europe/Zurich', 'CH'],
    ['Europe/Busingen', 'DE'],
    ['Europe/Berlin', 'DE'],
    ['Europe/Copenhagen', 'DK'],
    ['Europe/Oslo', 'NO'],
    ['Africa/Abidjan', 'CI'],
    ['Atlantic/Reykjavik', 'IS'],
    ['America/Indianapolis', 'US'],
    ['Asia/Calcutta', 'IN'],
    ['Asia/Kolkata', 'IN'],
  ]) {
    assert.equal(countryFromTable(zone, TIME_ZONES), country, zone);
  }
});

test("the zones with no country (UTC, Etc/…) map to ''", () => {
  const countryless = Object.values(all).filter((zone) => !zone.countries.length);
  assert.ok(countryless.length > 30);
  for (const { name } of countryless) assert.equal(countryFromTable(name, TIME_ZONES), '', name);
});
