import { expect } from '@open-wc/testing';
import { stateFromChoice, type StoredChoice } from '../../src/consent/state.js';
import {
  MAX_ENCODED_LENGTH,
  deleteStoredChoice,
  parseStoredChoice,
  readStoredChoice,
  writeStoredChoice,
  type ReadResult,
} from '../../src/consent/store.js';
import { clearCookies, rawCookie, setRawCookie, storeChoice } from '../helpers.js';
import {
  DAY,
  ID,
  OPTIONAL,
  browserCookie,
  cookieAttributes,
  deleteCookieOnPath,
  storeOptions,
  stubDocumentCookie,
  throwingDocumentCookie,
} from './helpers.js';

const NOW = Date.UTC(2026, 10, 22, 14);
const TIMESTAMP = new Date(NOW).toISOString();

/** A valid stored choice as a plain object, made at NOW. */
function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: ID,
    revision: 0,
    timestamp: TIMESTAMP,
    categories: { necessary: true, statistical: false, 'first-party': false, 'third-party': true },
    ...overrides,
  };
}

function without(key: string): Record<string, unknown> {
  const choice = valid();
  delete choice[key];
  return choice;
}

const encode = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Parses a value as it would be found at NOW under the default options (or those given). */
function parse(value: unknown, options = storeOptions(), now = NOW): ReadResult {
  return parseStoredChoice(typeof value === 'string' ? value : encode(value), options, now);
}

/** No choice, a problem matching `pattern`, and bad input (not quiet) unless said so. */
function expectNoChoice(result: ReadResult, pattern: RegExp, quiet = false): void {
  expect(result.choice).to.equal(null);
  expect(result.problem).to.be.a('string').and.match(pattern);
  expect(Boolean(result.quiet), 'quiet').to.equal(quiet);
}

describe('parseStoredChoice', () => {
  it('a valid value gives the choice it holds, with no problem', () => {
    const result = parse(valid());
    expect(result.choice).to.deep.equal(valid());
    expect(result.problem).to.equal(undefined);
  });

  it("reads js-cookie's encoding as well as encodeURIComponent's", () => {
    const jsCookieEncoded = encode(valid()).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
    expect(jsCookieEncoded).to.include('{');
    expect(parse(jsCookieEncoded).choice).to.deep.equal(valid());
  });

  describe('oversized', () => {
    /** A valid value padded (with an extra top-level field) to exactly `length` encoded characters. */
    function padded(length: number): string {
      const base = encode(valid({ padding: '' }));
      return encode(valid({ padding: 'x'.repeat(length - base.length) }));
    }

    it('a value of exactly 2,048 encoded characters is still read', () => {
      const value = padded(2048);
      expect(value).to.have.length(2048);
      expect(parse(value).choice).to.not.equal(null);
    });

    it('a value longer than 2,048 encoded characters is no valid choice', () => {
      const value = padded(2049);
      expect(value).to.have.length(2049);
      expectNoChoice(parse(value), /2049 characters.*2048/);
      expect(MAX_ENCODED_LENGTH).to.equal(2048);
    });

    it('the length is counted encoded: a short JSON text that encodes past 2,048 characters is no valid choice', () => {
      const choice = valid({ padding: ' '.repeat(700) });
      expect(JSON.stringify(choice).length).to.be.below(1000);
      expectNoChoice(parse(choice), /at most 2048/);
    });
  });

  describe('tampered: version', () => {
    it('version 2 is no valid choice', () => {
      expectNoChoice(parse(valid({ version: 2 })), /version 2 is not 1/);
    });

    it('version "1" (a string) is no valid choice', () => {
      expectNoChoice(parse(valid({ version: '1' })), /version "1" is not 1/);
    });

    it('a missing version is no valid choice', () => {
      expectNoChoice(parse(without('version')), /version/);
    });
  });

  describe('tampered: id', () => {
    it('a missing id is no valid choice', () => {
      expectNoChoice(parse(without('id')), /"id" is not a UUID v4/);
    });

    it('an id that is not a UUID v4 (a v1 UUID) is no valid choice', () => {
      expectNoChoice(parse(valid({ id: '6fa459ea-ee8a-11ca-9a3c-0800200c9a66' })), /"id"/);
    });

    it('an id with the wrong variant nibble is no valid choice', () => {
      expectNoChoice(parse(valid({ id: '3b241101-e2bb-4255-ccaf-4136c566a962' })), /"id"/);
    });

    it('an id that is not a string is no valid choice', () => {
      expectNoChoice(parse(valid({ id: 42 })), /"id"/);
    });

    it('an id with something around the UUID is no valid choice', () => {
      expectNoChoice(parse(valid({ id: `${ID}<script>` })), /"id"/);
    });
  });

  describe('tampered: revision', () => {
    it('a fractional revision is no valid choice', () => {
      expectNoChoice(parse(valid({ revision: 1.5 })), /"revision" is not a whole number/);
    });

    it('a negative revision is no valid choice', () => {
      expectNoChoice(parse(valid({ revision: -1 })), /"revision"/);
    });

    it('a revision given as a string is no valid choice', () => {
      expectNoChoice(parse(valid({ revision: '0' })), /"revision"/);
    });

    it('a missing revision is no valid choice', () => {
      expectNoChoice(parse(without('revision')), /"revision"/);
    });
  });

  describe('tampered: timestamp', () => {
    for (const [what, timestamp] of [
      ['a date without a time', '2026-11-22'],
      ['an HTTP date', 'Sun, 22 Nov 2026 14:00:00 GMT'],
      ['a time with an offset instead of Z', '2026-11-22T15:00:00.000+01:00'],
      ['a month 13', '2026-13-01T00:00:00.000Z'],
      ['milliseconds since 1970', NOW],
      ['an empty string', ''],
    ] as const) {
      it(`a timestamp that is not ISO (${what}) is no valid choice`, () => {
        expectNoChoice(parse(valid({ timestamp })), /"timestamp" is not an ISO date/);
      });
    }

    it('a missing timestamp is no valid choice', () => {
      expectNoChoice(parse(without('timestamp')), /"timestamp"/);
    });

    it('an ISO timestamp without milliseconds is read', () => {
      expect(parse(valid({ timestamp: '2026-11-22T14:00:00Z' })).choice).to.not.equal(null);
    });
  });

  describe('expired', () => {
    const options = storeOptions({ expiresDays: 7 });

    it('a timestamp older than expires-days is expired (quiet)', () => {
      expectNoChoice(parse(valid(), options, NOW + 7 * DAY + 1), /expired/, true);
    });

    it('a timestamp exactly expires-days old is still read', () => {
      expect(parse(valid(), options, NOW + 7 * DAY).choice).to.not.equal(null);
    });

    it('expires-days is the one of the options (182 by default)', () => {
      expect(parse(valid(), storeOptions(), NOW + 100 * DAY).choice).to.not.equal(null);
      expectNoChoice(parse(valid(), storeOptions(), NOW + 183 * DAY), /expired/, true);
    });

    it('a timestamp over a day in the future is no valid choice (and not quiet)', () => {
      expectNoChoice(parse(valid(), options, NOW - DAY - 1), /future/);
    });

    it('a timestamp less than a day in the future (clock skew) is read', () => {
      expect(parse(valid(), options, NOW - DAY + 1000).choice).to.not.equal(null);
    });
  });

  describe('tampered: categories', () => {
    it('missing categories are no valid choice', () => {
      expectNoChoice(parse(without('categories')), /"categories" is not an object/);
    });

    for (const [what, categories] of [
      ['an array', [true, false]],
      ['null', null],
      ['a string', 'all'],
    ] as const) {
      it(`categories that are ${what} are no valid choice`, () => {
        expectNoChoice(parse(valid({ categories })), /"categories" is not an object/);
      });
    }

    for (const [what, value] of [
      ['the string "yes"', 'yes'],
      ['the string "true"', 'true'],
      ['the number 1', 1],
      ['null', null],
      ['an object', { on: true }],
    ] as const) {
      it(`a categories value that is not a boolean (${what}) is no valid choice`, () => {
        const result = parse(valid({ categories: { necessary: true, statistical: value } }));
        expectNoChoice(result, /category "statistical" is not true or false/);
      });
    }

    it('necessary false is no valid choice', () => {
      expectNoChoice(parse(valid({ categories: { necessary: false, statistical: true } })), /"necessary" is not true/);
    });

    it('a missing necessary is no valid choice', () => {
      expectNoChoice(parse(valid({ categories: { statistical: true } })), /"necessary" is not true/);
    });
  });

  describe('prototype pollution', () => {
    afterEach(() => {
      // Were a test to fail by polluting, keep the next ones honest.
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    /** A valid choice as JSON text, with `top` and `category` spliced in as raw JSON members. */
    const json = (top: string, category = '') =>
      `{${top}"version":1,"id":"${ID}","revision":0,"timestamp":"${TIMESTAMP}","categories":{"necessary":true${category}}}`;

    for (const [what, text] of [
      ['a top-level __proto__ key', json('"__proto__":{"polluted":true},')],
      ['a top-level constructor key', json('"constructor":{"prototype":{"polluted":true}},')],
      ['a top-level prototype key', json('"prototype":{"polluted":true},')],
      ['a __proto__ category', json('', ',"__proto__":true')],
      ['a constructor category', json('', ',"constructor":true')],
    ]) {
      it(`${what} is rejected and Object.prototype stays clean`, () => {
        expect(JSON.parse(text)).to.be.an('object');
        const result = parse(encodeURIComponent(text));
        expectNoChoice(result, /forbidden key/);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'necessary')).to.equal(false);
      });
    }
  });

  describe('not a JSON object', () => {
    for (const [what, json] of [
      ['a JSON array', '[1,"x"]'],
      ['JSON null', 'null'],
      ['a JSON number', '1'],
      ['a JSON string', '"choice"'],
      ['JSON true', 'true'],
    ]) {
      it(`${what} is no valid choice`, () => {
        expectNoChoice(parse(encodeURIComponent(json)), /not a JSON object/);
      });
    }
  });

  describe('not JSON', () => {
    for (const [what, value] of [
      ['a truncated object', encodeURIComponent('{"version":1,')],
      ['plain words', 'accepted'],
      ['an empty value', ''],
      ['an unencoded single-quoted object', "{'version':1}"],
    ]) {
      it(`invalid JSON (${what}) is no valid choice`, () => {
        expectNoChoice(parse(value), /not valid JSON/);
      });
    }

    for (const garbage of ['%E0%A4%A', '%', '%7B%ZZ', '%C0%AF']) {
      it(`URI-encoding garbage like ${garbage} is no valid choice, and nothing throws`, () => {
        let result: ReadResult | undefined;
        expect(() => (result = parse(garbage))).to.not.throw();
        expectNoChoice(result!, /not valid JSON/);
      });
    }
  });

  describe('another revision', () => {
    it('a choice made under an older revision is no valid choice (quiet)', () => {
      expectNoChoice(parse(valid({ revision: 1 }), storeOptions({ revision: 2 })), /revision 1/, true);
    });

    it('a choice made under a newer revision is no valid choice (quiet)', () => {
      expectNoChoice(parse(valid({ revision: 3 }), storeOptions({ revision: 2 })), /revision 3/, true);
    });

    it('a choice made under the configured revision is read', () => {
      expect(parse(valid({ revision: 2 }), storeOptions({ revision: 2 })).choice?.revision).to.equal(2);
    });
  });

  describe("categories over today's configuration", () => {
    it('a stored choice missing a category that is configured today reads it as off', () => {
      const { choice } = parse(valid({ categories: { necessary: true, statistical: true } }));
      expect(choice).to.not.equal(null);
      const state = stateFromChoice(choice!, OPTIONAL);
      expect(state.categories).to.deep.equal({
        necessary: true,
        statistical: true,
        'first-party': false,
        'third-party': false,
      });
    });

    it('extra unknown categories in the cookie are dropped from the state', () => {
      const { choice } = parse(valid({ categories: { necessary: true, statistical: true, ads: true } }));
      expect(choice).to.not.equal(null);
      const state = stateFromChoice(choice!, OPTIONAL);
      expect(Object.keys(state.categories)).to.deep.equal(['necessary', ...OPTIONAL]);
      expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
    });
  });
});

describe('readStoredChoice', () => {
  beforeEach(() => clearCookies());

  it('with no cookie, gives no choice and no problem', () => {
    expect(readStoredChoice(storeOptions())).to.deep.equal({ choice: null });
  });

  it('with no cookie under a name Object.prototype also has, gives no choice and no problem', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(readStoredChoice(storeOptions({ name }))).to.deep.equal({ choice: null });
    }
  });

  it('reads a valid cookie the page already has', () => {
    storeChoice(valid());
    expect(readStoredChoice(storeOptions(), NOW).choice).to.deep.equal(valid());
  });

  it('reads only the cookie named in the options', () => {
    storeChoice(valid(), 'other_consent');
    expect(readStoredChoice(storeOptions(), NOW)).to.deep.equal({ choice: null });
    expect(readStoredChoice(storeOptions({ name: 'other_consent' }), NOW).choice).to.deep.equal(valid());
  });

  it('validates what it reads: a tampered cookie gives no choice and a problem', () => {
    storeChoice(valid({ categories: { necessary: false } }));
    expectNoChoice(readStoredChoice(storeOptions(), NOW), /"necessary" is not true/);
  });

  it('an oversized cookie gives no choice and a problem', () => {
    storeChoice(valid({ padding: 'x'.repeat(2100) }));
    expect(rawCookie()!.length).to.be.above(2048);
    expectNoChoice(readStoredChoice(storeOptions(), NOW), /2048/);
  });

  it('a garbage cookie (%E0%A4%A) gives no choice and a problem, and nothing throws', () => {
    setRawCookie('%E0%A4%A');
    expect(rawCookie()).to.equal('%E0%A4%A');
    expectNoChoice(readStoredChoice(storeOptions(), NOW), /not valid JSON/);
  });

  it('uses the current time by default: a fresh cookie is read, an old one has expired', () => {
    storeChoice(valid({ timestamp: new Date().toISOString() }));
    expect(readStoredChoice(storeOptions()).choice).to.not.equal(null);
    storeChoice(valid({ timestamp: new Date(Date.now() - 183 * DAY).toISOString() }));
    expectNoChoice(readStoredChoice(storeOptions()), /expired/, true);
  });

  it('a page where document.cookie throws gives no choice with a problem instead of throwing', () => {
    storeChoice(valid());
    const stub = throwingDocumentCookie();
    let result: ReadResult | undefined;
    try {
      expect(() => document.cookie).to.throw();
      result = readStoredChoice(storeOptions(), NOW);
    } finally {
      stub.restore();
    }
    expectNoChoice(result!, /cannot be read/);
    expect(readStoredChoice(storeOptions(), NOW).choice, 'after restoring').to.deep.equal(valid());
  });
});

describe('writeStoredChoice', () => {
  beforeEach(() => clearCookies());

  const choice = valid() as unknown as StoredChoice;

  it("writes exactly SPEC's format, URI-encoded the js-cookie way", () => {
    expect(writeStoredChoice(choice, storeOptions())).to.equal(true);
    const raw = rawCookie()!;
    expect(raw).to.equal(
      '{%22version%22:1%2C%22id%22:%223b241101-e2bb-4255-8caf-4136c566a962%22%2C%22revision%22:0%2C' +
        '%22timestamp%22:%222026-11-22T14:00:00.000Z%22%2C%22categories%22:{%22necessary%22:true%2C' +
        '%22statistical%22:false%2C%22first-party%22:false%2C%22third-party%22:true}}',
    );
    const parsed = JSON.parse(decodeURIComponent(raw));
    expect(Object.keys(parsed)).to.deep.equal(['version', 'id', 'revision', 'timestamp', 'categories']);
    expect(parsed).to.deep.equal(valid());
  });

  it('writes the keys in SPEC order even when the choice object has them in another order', () => {
    const shuffled = { categories: choice.categories, timestamp: choice.timestamp, revision: 0, id: ID, version: 1 };
    writeStoredChoice(shuffled as StoredChoice, storeOptions());
    const parsed = JSON.parse(decodeURIComponent(rawCookie()!));
    expect(Object.keys(parsed)).to.deep.equal(['version', 'id', 'revision', 'timestamp', 'categories']);
  });

  it("writes SPEC's five fields only, even when the choice object carries more", () => {
    writeStoredChoice({ ...choice, padding: 'x' } as StoredChoice, storeOptions());
    expect(JSON.parse(decodeURIComponent(rawCookie()!))).to.deep.equal(valid());
  });

  it('reads back what it wrote', () => {
    expect(writeStoredChoice(choice, storeOptions())).to.equal(true);
    expect(readStoredChoice(storeOptions(), NOW).choice).to.deep.equal(valid());
  });

  it('replaces an earlier choice rather than adding a second cookie', () => {
    writeStoredChoice(choice, storeOptions());
    const next = { ...choice, categories: { necessary: true, statistical: true } };
    writeStoredChoice(next, storeOptions());
    expect(document.cookie.split('; ').filter((cookie) => cookie.startsWith('cookies_preferences='))).to.have.length(1);
    expect(readStoredChoice(storeOptions(), NOW).choice!.categories).to.deep.equal({
      necessary: true,
      statistical: true,
    });
  });

  it('writes under the configured cookie name', () => {
    writeStoredChoice(choice, storeOptions({ name: 'consent' }));
    expect(rawCookie()).to.equal(undefined);
    expect(JSON.parse(decodeURIComponent(rawCookie('consent')!))).to.deep.equal(valid());
  });

  it('the browser keeps it SameSite=Lax, host-only, on path /, not Secure on http, for expires-days', async function () {
    const before = Date.now();
    writeStoredChoice(choice, storeOptions({ expiresDays: 7 }));
    const after = Date.now();
    const cookie = await browserCookie();
    // Firefox's CookieStore reports a cookie's name and value only; the next test checks the
    // attributes written in every browser.
    if (cookie && !('path' in cookie)) this.skip();
    expect(location.protocol).to.equal('http:');
    expect(cookie).to.include({ sameSite: 'lax', path: '/', domain: null, secure: false });
    // Cookie dates have whole seconds.
    expect(cookie!.expires).to.be.within(before + 7 * DAY - 1000, after + 7 * DAY);
  });

  it('sets exactly path, expires and SameSite=Lax, without Secure or domain, on a host-only http page', () => {
    const stub = stubDocumentCookie();
    try {
      expect(writeStoredChoice(choice, storeOptions())).to.equal(true);
    } finally {
      stub.restore();
    }
    expect(stub.written).to.have.length(1);
    const { pair, attributes } = cookieAttributes(stub.written[0]);
    expect(pair.startsWith('cookies_preferences={%22version%22:1')).to.equal(true);
    expect(Object.keys(attributes).sort()).to.deep.equal(['expires', 'path', 'samesite']);
    expect(attributes.path).to.equal('/');
    expect(attributes.samesite).to.equal('Lax');
  });

  it('passes cookie-domain on as the domain attribute', () => {
    const stub = stubDocumentCookie({ set: () => {} });
    try {
      writeStoredChoice(choice, storeOptions({ domain: '.example.org', path: '/portal' }));
    } finally {
      stub.restore();
    }
    const { attributes } = cookieAttributes(stub.written[0]);
    expect(attributes.domain).to.equal('.example.org');
    expect(attributes.path).to.equal('/portal');
  });

  it('a cookie-path this page is not under is not visible here, so the write reports false', async () => {
    try {
      expect(writeStoredChoice(choice, storeOptions({ path: '/elsewhere/' }))).to.equal(false);
      expect(rawCookie()).to.equal(undefined);
      expect(await browserCookie()).to.equal(null);
    } finally {
      deleteCookieOnPath('cookies_preferences', '/elsewhere/');
    }
  });

  it('a write that the browser refuses (cookie-domain of another site) returns false and stores nothing', async () => {
    expect(location.hostname).to.equal('localhost');
    expect(writeStoredChoice(choice, storeOptions({ domain: '.example.org' }))).to.equal(false);
    expect(rawCookie()).to.equal(undefined);
    expect(await browserCookie()).to.equal(null);
  });

  it('a refused write does not report the earlier choice that is still there as written', () => {
    writeStoredChoice(choice, storeOptions());
    const next = { ...choice, categories: { necessary: true, statistical: true } };
    expect(writeStoredChoice(next, storeOptions({ domain: '.example.org' }))).to.equal(false);
    expect(readStoredChoice(storeOptions(), NOW).choice).to.deep.equal(valid());
  });

  it('a page where document.cookie throws returns false instead of throwing', () => {
    const stub = throwingDocumentCookie();
    let written: boolean | undefined;
    try {
      written = writeStoredChoice(choice, storeOptions());
    } finally {
      stub.restore();
    }
    expect(written).to.equal(false);
    expect(rawCookie()).to.equal(undefined);
  });
});

describe('deleteStoredChoice', () => {
  beforeEach(() => clearCookies());

  const choice = valid() as unknown as StoredChoice;

  it('deletes the stored choice and leaves other cookies alone', () => {
    document.cookie = 'sessionid=abc; path=/';
    writeStoredChoice(choice, storeOptions());
    deleteStoredChoice(storeOptions());
    expect(rawCookie()).to.equal(undefined);
    expect(readStoredChoice(storeOptions(), NOW)).to.deep.equal({ choice: null });
    expect(rawCookie('sessionid')).to.equal('abc');
  });

  it('deletes a cookie under the configured name only', () => {
    writeStoredChoice(choice, storeOptions());
    writeStoredChoice(choice, storeOptions({ name: 'consent' }));
    deleteStoredChoice(storeOptions({ name: 'consent' }));
    expect(rawCookie('consent')).to.equal(undefined);
    expect(rawCookie()).to.not.equal(undefined);
  });

  it('with a cookie-domain, expires the cookie on that domain and host-only too', () => {
    const stub = stubDocumentCookie({ set: () => {} });
    try {
      deleteStoredChoice(storeOptions({ domain: '.example.org', path: '/portal' }));
    } finally {
      stub.restore();
    }
    const writes = stub.written.map(cookieAttributes);
    expect(writes).to.have.length(2);
    expect(writes.map(({ pair }) => pair)).to.deep.equal(['cookies_preferences=', 'cookies_preferences=']);
    expect(writes.map(({ attributes }) => attributes.domain)).to.deep.equal(['.example.org', undefined]);
    expect(writes.map(({ attributes }) => attributes.path)).to.deep.equal(['/portal', '/portal']);
    for (const { attributes } of writes) expect(Date.parse(attributes.expires as string)).to.be.below(Date.now());
  });

  it('with a cookie-domain, still deletes a host-only cookie left by an earlier setting', () => {
    writeStoredChoice(choice, storeOptions());
    deleteStoredChoice(storeOptions({ domain: '.example.org' }));
    expect(rawCookie()).to.equal(undefined);
  });

  it('with no stored choice, leaves the jar as it was', () => {
    document.cookie = 'sessionid=abc; path=/';
    deleteStoredChoice(storeOptions());
    expect(document.cookie).to.equal('sessionid=abc');
  });

  it('a page where document.cookie throws neither throws nor deletes anything', () => {
    writeStoredChoice(choice, storeOptions());
    const stub = throwingDocumentCookie();
    try {
      expect(() => deleteStoredChoice(storeOptions())).to.not.throw();
    } finally {
      stub.restore();
    }
    expect(readStoredChoice(storeOptions(), NOW).choice).to.deep.equal(valid());
  });
});
