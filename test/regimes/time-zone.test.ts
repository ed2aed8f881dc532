import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadPart } from '../../src/internal/parts.js';
import {
  browserTimeZone,
  countryFromBrowser,
  countryFromTable,
  readTimeZoneTable,
  regionOfTimeZone,
  type TimeZoneTable,
} from '../../src/regimes/time-zone.js';

const prototype = Intl.Locale.prototype as { getTimeZones?: () => string[] | undefined };
const hasGetTimeZones = typeof prototype.getTimeZones === 'function';

/** Runs `body` as a browser without `Intl.Locale.prototype.getTimeZones` (older Safari and Chromium) would. */
async function withoutGetTimeZones<T>(body: () => T | Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'getTimeZones');
  delete prototype.getTimeZones;
  try {
    expect('getTimeZones' in Intl.Locale.prototype).to.equal(false);
    return await body();
  } finally {
    if (descriptor) Object.defineProperty(prototype, 'getTimeZones', descriptor);
  }
}

const loadTable = (): Promise<TimeZoneTable> => loadPart('time-zones').then((part) => part.table);

/** The zones every lookup must place, aliases and both browsers' spellings included. */
const ZONES: [zone: string, country: string][] = [
  ['Europe/Paris', 'FR'],
  ['Europe/Berlin', 'DE'],
  ['America/New_York', 'US'],
  ['America/Los_Angeles', 'US'],
  ['Asia/Calcutta', 'IN'], // Chromium's name (CLDR)
  ['Asia/Kolkata', 'IN'], // Firefox's name (IANA)
  ['America/Indianapolis', 'US'], // Chromium's
  ['America/Indiana/Indianapolis', 'US'], // Firefox's
  ['Europe/Kiev', 'UA'],
  ['Europe/Kyiv', 'UA'],
  ['Europe/Copenhagen', 'DK'], // an IANA link to Europe/Berlin, in another country
  ['Atlantic/Reykjavik', 'IS'], // a link to Africa/Abidjan
  ['Europe/Zurich', 'CH'],
  ['Europe/Busingen', 'DE'], // a link to Europe/Zurich, in Germany
  ['America/Sao_Paulo', 'BR'],
  ['Asia/Tokyo', 'JP'],
  ['Australia/Sydney', 'AU'],
];
const NO_COUNTRY = ['UTC', 'Etc/UTC', 'Etc/GMT', 'Etc/GMT+1', 'Etc/GMT-14'];
const CANDIDATES = [...new Set(ZONES.map(([, country]) => country))];

describe('browserTimeZone', () => {
  it("is the browser's own time zone", () => {
    expect(browserTimeZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(browserTimeZone()).not.to.equal('');
  });

  it("is '' when the browser cannot give one", () => {
    const original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = (() => {
      throw new Error('no Intl here');
    }) as unknown as typeof Intl.DateTimeFormat;
    try {
      expect(browserTimeZone()).to.equal('');
    } finally {
      Intl.DateTimeFormat = original;
    }
  });
});

describe('countryFromBrowser (Intl.Locale.prototype.getTimeZones)', () => {
  before(function () {
    // Current Chromium and Firefox have it; a browser without it is tested below by taking it away.
    if (!hasGetTimeZones) this.skip();
  });

  for (const [zone, country] of ZONES) {
    it(`puts ${zone} in ${country}`, () => {
      expect(countryFromBrowser(zone, CANDIDATES)).to.equal(country);
    });
  }

  for (const zone of NO_COUNTRY) {
    it(`puts ${zone} in no country: ''`, () => {
      expect(countryFromBrowser(zone, CANDIDATES)).to.equal('');
    });
  }

  it("a zone outside every candidate is ''", () => {
    expect(countryFromBrowser('Asia/Tokyo', ['US'])).to.equal('');
    expect(countryFromBrowser('Europe/Paris', ['US'])).to.equal('');
    expect(countryFromBrowser('Europe/Paris', [])).to.equal('');
  });

  it('an exact name wins over a canonical match, whatever the order of the candidates', () => {
    expect(countryFromBrowser('Europe/Copenhagen', ['DE', 'DK'])).to.equal('DK');
    expect(countryFromBrowser('Europe/Busingen', ['CH', 'DE'])).to.equal('DE');
  });

  it('never throws: no zone, an unknown zone, a bad candidate', () => {
    expect(countryFromBrowser('', CANDIDATES)).to.equal('');
    expect(countryFromBrowser('Mars/Olympus_Mons', CANDIDATES)).to.equal('');
    expect(countryFromBrowser('Europe/Paris', ['', 'X', '12', 'FR'])).to.equal('FR');
  });

  it('compares the listed names canonicalised too, for a browser that would list a name it does not hold canonical', () => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, 'getTimeZones')!;
    const listing: Record<string, string[]> = { US: ['US/Pacific', 'US/Eastern'], IN: [] };
    Object.defineProperty(prototype, 'getTimeZones', {
      ...descriptor,
      value(this: Intl.Locale) {
        return listing[this.region ?? ''] ?? [];
      },
    });
    try {
      expect(countryFromBrowser('America/Los_Angeles', ['IN', 'US'])).to.equal('US');
      expect(countryFromBrowser('US/Eastern', ['IN', 'US'])).to.equal('US');
      expect(countryFromBrowser('Europe/Paris', ['IN', 'US'])).to.equal('');
    } finally {
      Object.defineProperty(prototype, 'getTimeZones', descriptor);
    }
    expect(countryFromBrowser('America/Los_Angeles', ['IN', 'US'])).to.equal('US');
    expect(countryFromBrowser('Asia/Kolkata', ['US', 'IN'])).to.equal('IN');
  });

  it('is undefined when the browser lacks getTimeZones: then the table is needed', async () => {
    await withoutGetTimeZones(() => {
      expect(countryFromBrowser('Europe/Paris', CANDIDATES)).to.equal(undefined);
      expect(countryFromBrowser('UTC', CANDIDATES)).to.equal(undefined);
    });
    expect(countryFromBrowser('Europe/Paris', CANDIDATES)).to.equal('FR');
  });
});

describe('the time-zone table (part time-zones)', () => {
  let table: TimeZoneTable;
  before(async () => {
    table = await loadTable();
  });

  it('arrives through loadPart, as a non-empty table', () => {
    expect(table).to.be.a('string');
    expect(readTimeZoneTable(table).size).to.be.above(400);
  });

  for (const [zone, country] of ZONES) {
    it(`puts ${zone} in ${country}`, () => {
      expect(countryFromTable(zone, table)).to.equal(country);
    });
  }

  for (const [alias, country] of [
    ['US/Pacific', 'US'],
    ['US/Eastern', 'US'],
    ['Asia/Saigon', 'VN'],
    ['Asia/Ho_Chi_Minh', 'VN'],
    ['America/Buenos_Aires', 'AR'],
    ['America/Argentina/Buenos_Aires', 'AR'],
    ['Pacific/Enderbury', 'KI'],
    ['Pacific/Kanton', 'KI'],
    ['asia/kolkata', 'IN'],
    ['Iceland', 'IS'],
  ] as const) {
    it(`puts the alias ${alias} in ${country}`, () => {
      expect(countryFromTable(alias, table)).to.equal(country);
    });
  }

  for (const zone of [...NO_COUNTRY, 'Factory', '', 'Mars/Olympus_Mons']) {
    it(`puts ${JSON.stringify(zone)} in no country: ''`, () => {
      expect(countryFromTable(zone, table)).to.equal('');
    });
  }

  it('gives the same answers with getTimeZones taken away, as an older browser would', async () => {
    await withoutGetTimeZones(() => {
      for (const [zone, country] of ZONES) expect(countryFromTable(zone, table), zone).to.equal(country);
    });
  });

  it('places every zone this browser lists (Intl.supportedValuesOf) in the country the browser does', function () {
    if (!hasGetTimeZones) this.skip();
    // The browser's own zone-to-country map, from every country the table knows.
    const countries = [...new Set(readTimeZoneTable(table).values())];
    const browser = new Map<string, string>();
    for (const country of countries) {
      for (const zone of (new Intl.Locale(`und-${country}`) as typeof prototype).getTimeZones?.() ?? [])
        browser.set(zone, country);
    }
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).to.be.above(300);
    // Where the dataset's first country is not the browser's (CLDR's): a decision of the dataset, kept.
    const DATASET_ORDER: Record<string, string> = { 'Europe/Simferopol': 'RU' };
    const missing: string[] = [];
    const different: string[] = [];
    for (const zone of zones) {
      const country = countryFromTable(zone, table);
      const expected = browser.get(zone);
      if (expected === undefined) continue; // a zone the browser puts in no country (checked below)
      if (!country) missing.push(zone);
      else if (country !== expected && DATASET_ORDER[zone] !== country)
        different.push(`${zone}: ${country}, the browser says ${expected}`);
    }
    expect(missing, 'zones the table lacks').to.deep.equal([]);
    expect(different, 'zones the table puts elsewhere').to.deep.equal([]);
    // The zones the browser lists but puts in no country are the UTC offsets, nothing else.
    const countryless = zones.filter((zone) => !browser.has(zone));
    expect(countryless.filter((zone) => countryFromTable(zone, table) !== '')).to.deep.equal([]);
    expect(
      countryless.every((zone) => /^(Etc\/|UTC$|GMT$)/.test(zone)),
      countryless.join(' '),
    ).to.equal(true);
  });
});

describe('regionOfTimeZone', () => {
  let loads = 0;
  const counted = () => {
    loads += 1;
    return loadTable();
  };
  beforeEach(() => {
    loads = 0;
  });

  it('answers at once, with no table, when the browser can tell', function () {
    if (!hasGetTimeZones) this.skip();
    expect(regionOfTimeZone('America/New_York', ['US'], counted)).to.equal('US');
    expect(regionOfTimeZone('Europe/Paris', ['US'], counted)).to.equal('');
    expect(regionOfTimeZone('Asia/Calcutta', ['US', 'IN'], counted)).to.equal('IN');
    expect(loads).to.equal(0);
  });

  it("answers '' at once when there is nothing to ask: no candidates, or no zone", async () => {
    await withoutGetTimeZones(() => {
      expect(regionOfTimeZone('America/New_York', [], counted)).to.equal('');
      expect(regionOfTimeZone('', ['US'], counted)).to.equal('');
    });
    expect(loads).to.equal(0);
  });

  for (const [zone, candidates, expected] of [
    ['America/Indianapolis', ['US'], 'US'],
    ['America/Indiana/Indianapolis', ['US'], 'US'],
    ['Asia/Kolkata', ['US', 'IN'], 'IN'],
    ['Asia/Calcutta', ['US', 'IN'], 'IN'],
    ['Europe/Paris', ['US'], ''],
    ['UTC', ['US'], ''],
  ] as const) {
    it(`without getTimeZones, takes the table: ${zone} among ${candidates.join(', ')} is ${JSON.stringify(expected)}`, async () => {
      const { answer } = await withoutGetTimeZones(() => ({ answer: regionOfTimeZone(zone, candidates, counted) }));
      expect(answer).to.be.instanceOf(Promise);
      expect(await answer).to.equal(expected);
      expect(loads).to.equal(1);
    });
  }

  it("without getTimeZones and no table (offline, blocked): ''", async () => {
    const { answer } = await withoutGetTimeZones(() => ({
      answer: regionOfTimeZone('America/New_York', ['US'], () => Promise.reject(new Error('offline'))),
    }));
    expect(answer).to.be.instanceOf(Promise);
    expect(await answer).to.equal('');
  });
});
