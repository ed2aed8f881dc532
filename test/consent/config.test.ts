import { expect } from '@open-wc/testing';
import {
  CATEGORY_NAME,
  DEFAULT_CATEGORIES,
  configuredCategories,
  parseCategoryList,
  parseConfig,
  parseConfigJson,
  parseWholeNumber,
  type Problems,
} from '../../src/consent/config.js';

const TEXT_KEYS = ['title', 'message', 'acceptAll'];

/** Runs a parser with a fresh problem list and gives both back. */
function withProblems<T>(parse: (problems: Problems) => T): { result: T; problems: Problems } {
  const problems: Problems = [];
  return { result: parse(problems), problems };
}

const config = (input: unknown) => withProblems((problems) => parseConfig(input, TEXT_KEYS, problems));

describe('parseConfig', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('keeps a complete valid configuration as it is, with no problem', () => {
    const input = {
      categories: {
        statistical: {
          label: { en: 'Statistics', fr: 'Statistiques' },
          description: 'Anonymized audience measurement.',
          cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: { en: 'Visitor id' }, duration: '13 months' }],
          consentMode: ['analytics_storage'],
        },
      },
      texts: { en: { title: 'We use cookies' }, fr: { title: 'Nous utilisons des cookies', message: 'Bonjour' } },
    };
    const { result, problems } = config(input);
    expect(problems).to.deep.equal([]);
    expect(result).to.deep.equal(input);
  });

  it('no configuration (undefined or null) is an empty one, with no problem', () => {
    expect(config(undefined)).to.deep.equal({ result: {}, problems: [] });
    expect(config(null)).to.deep.equal({ result: {}, problems: [] });
  });

  for (const [what, input] of [
    ['an array', [{ categories: {} }]],
    ['a string', '{"categories":{}}'],
    ['a number', 42],
    ['a boolean', true],
  ] as const) {
    it(`a configuration that is ${what} is recorded as a problem and ignored`, () => {
      const { result, problems } = config(input);
      expect(result).to.deep.equal({});
      expect(problems).to.deep.equal(['the configuration is not a JSON object']);
    });
  }

  it('unknown top-level keys are recorded, the valid parts kept', () => {
    const { result, problems } = config({
      colour: 'red',
      categories: { statistical: { label: 'Audience' } },
      banner: {},
    });
    expect(problems).to.deep.equal(['configuration: unknown key "colour"', 'configuration: unknown key "banner"']);
    expect(result).to.deep.equal({ categories: { statistical: { label: 'Audience' } } });
  });

  it('categories that are not an object are recorded', () => {
    const { result, problems } = config({ categories: ['statistical'], texts: { en: { title: 'Hi' } } });
    expect(problems).to.deep.equal(['categories: expected an object']);
    expect(result).to.deep.equal({ texts: { en: { title: 'Hi' } } });
  });

  describe('category names', () => {
    for (const name of [
      'Statistics',
      'Bad Name',
      '1st-party',
      '-ads',
      '_ads',
      'ads.tracking',
      'é',
      '',
      'a'.repeat(33),
    ]) {
      const shown = name.length > 20 ? `${name.slice(0, 5)}… (${name.length} characters)` : name;
      it(`"${shown}" is not a valid category name: recorded and dropped`, () => {
        const { result, problems } = config({ categories: { [name]: { label: 'x' }, statistical: { label: 'y' } } });
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include(`"${name}" is not a valid category name`);
        expect(result.categories).to.deep.equal({ statistical: { label: 'y' } });
      });
    }

    for (const name of ['a', 'a'.repeat(32), 'first-party', 'ads_2', 'x-1_y']) {
      it(`"${name}" is a valid category name`, () => {
        expect(CATEGORY_NAME.test(name)).to.equal(true);
        const { result, problems } = config({ categories: { [name]: {} } });
        expect(problems).to.deep.equal([]);
        expect(result.categories).to.deep.equal({ [name]: {} });
      });
    }

    it('a "__proto__" category from JSON is recorded, dropped, and Object.prototype stays clean', () => {
      const { result, problems } = withProblems((p) =>
        parseConfigJson('{"categories":{"__proto__":{"polluted":true},"statistical":{}}}', TEXT_KEYS, p),
      );
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include('__proto__');
      expect(Object.keys(result.categories!)).to.deep.equal(['statistical']);
      expect(Object.getPrototypeOf(result.categories)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    for (const name of ['constructor', 'prototype']) {
      it(`a "${name}" category is recorded and dropped (the stored choice could never hold it)`, () => {
        const { result, problems } = config({ categories: { [name]: { label: 'x' }, statistical: {} } });
        expect(problems).to.have.length(1);
        expect(problems[0]).to.include(`"${name}"`);
        expect(Object.keys(result.categories!)).to.deep.equal(['statistical']);
      });
    }
  });

  describe('a category', () => {
    it('that is not an object is recorded and dropped', () => {
      const { result, problems } = config({ categories: { statistical: 'Audience', ads: {} } });
      expect(problems).to.deep.equal(['categories.statistical: expected an object']);
      expect(result.categories).to.deep.equal({ ads: {} });
    });

    it('with unknown keys keeps its known keys and records the others', () => {
      const { result, problems } = config({ categories: { statistical: { label: 'Audience', colour: 'red' } } });
      expect(problems).to.deep.equal(['categories.statistical: unknown key "colour"']);
      expect(result.categories).to.deep.equal({ statistical: { label: 'Audience' } });
    });

    it('a label per language keeps valid languages, lowercased, and records the others', () => {
      const { result, problems } = config({
        categories: { statistical: { label: { en: 'Audience', 'fr-CA': 'Auditoire', French: 'Audience', de: 3 } } },
      });
      expect(result.categories!.statistical.label).to.deep.equal({ en: 'Audience', 'fr-ca': 'Auditoire' });
      expect(problems).to.deep.equal([
        'categories.statistical.label.French: expected a language code and a string',
        'categories.statistical.label.de: expected a language code and a string',
      ]);
    });

    it('a label that is neither a string nor a per-language object is recorded and dropped', () => {
      const { result, problems } = config({ categories: { statistical: { label: ['Audience'], description: 7 } } });
      expect(problems).to.deep.equal([
        'categories.statistical.label: expected a string or { "lang": "text" }',
        'categories.statistical.description: expected a string or { "lang": "text" }',
      ]);
      expect(result.categories).to.deep.equal({ statistical: {} });
    });

    it('cookies that are not an array are recorded and dropped', () => {
      const { result, problems } = config({ categories: { statistical: { cookies: { name: '_ga' } } } });
      expect(problems).to.deep.equal(['categories.statistical.cookies: expected an array']);
      expect(result.categories).to.deep.equal({ statistical: {} });
    });

    it('a cookie without a name is recorded and dropped, the other cookies kept', () => {
      const { result, problems } = config({
        categories: {
          statistical: { cookies: [{ provider: 'no name' }, { name: '_ga', provider: 'Google' }, { name: '' }, 'x'] },
        },
      });
      expect(problems).to.deep.equal([
        'categories.statistical.cookies[0]: expected an object with a "name"',
        'categories.statistical.cookies[2]: expected an object with a "name"',
        'categories.statistical.cookies[3]: expected an object with a "name"',
      ]);
      expect(result.categories!.statistical.cookies).to.deep.equal([{ name: '_ga', provider: 'Google' }]);
    });

    it('a cookie with unknown keys or bad texts keeps its name and valid texts', () => {
      const { result, problems } = config({
        categories: {
          statistical: { cookies: [{ name: '_ga', secure: true, purpose: 5, duration: { en: '2 years' } }] },
        },
      });
      expect(problems).to.deep.equal([
        'categories.statistical.cookies[0]: unknown key "secure"',
        'categories.statistical.cookies[0].purpose: expected a string or { "lang": "text" }',
      ]);
      expect(result.categories!.statistical.cookies).to.deep.equal([{ name: '_ga', duration: { en: '2 years' } }]);
    });

    it('consentMode must be an array of strings', () => {
      const { result, problems } = config({
        categories: { statistical: { consentMode: 'analytics_storage' }, ads: { consentMode: ['ad_storage', 1] } },
      });
      expect(problems).to.deep.equal([
        'categories.statistical.consentMode: expected an array of strings',
        'categories.ads.consentMode: expected an array of strings',
      ]);
      expect(result.categories).to.deep.equal({ statistical: {}, ads: {} });
    });
  });

  describe('texts', () => {
    it('texts with unknown keys keep the known ones and record the others', () => {
      const { result, problems } = config({
        texts: { en: { title: 'Cookies', headline: 'Cookies!', acceptAll: 'OK' } },
      });
      expect(problems).to.deep.equal(['texts.en: unknown key "headline"']);
      expect(result.texts).to.deep.equal({ en: { title: 'Cookies', acceptAll: 'OK' } });
    });

    it('a text that is not a string is recorded and dropped', () => {
      const { result, problems } = config({ texts: { en: { title: ['Cookies'], message: 'Hello' } } });
      expect(problems).to.deep.equal(['texts.en.title: expected a string']);
      expect(result.texts).to.deep.equal({ en: { message: 'Hello' } });
    });

    it('an invalid language code or a language that is not an object is recorded and dropped', () => {
      const { result, problems } = config({
        texts: { english: { title: 'x' }, fr: 'Bonjour', de: { title: 'Hallo' } },
      });
      expect(problems).to.deep.equal([
        'texts.english: expected a language code and an object',
        'texts.fr: expected a language code and an object',
      ]);
      expect(result.texts).to.deep.equal({ de: { title: 'Hallo' } });
    });

    it('languages are lowercased', () => {
      expect(config({ texts: { 'fr-CA': { title: 'Témoins' } } }).result.texts).to.deep.equal({
        'fr-ca': { title: 'Témoins' },
      });
    });

    it('texts that are not an object are recorded', () => {
      const { result, problems } = config({ texts: [] });
      expect(problems).to.deep.equal(['texts: expected an object']);
      expect(result).to.deep.equal({});
    });

    it('a "__proto__" text key from JSON is recorded, dropped, and Object.prototype stays clean', () => {
      const { result, problems } = withProblems((p) =>
        parseConfigJson('{"texts":{"en":{"__proto__":{"polluted":true},"title":"Hi"}}}', TEXT_KEYS, p),
      );
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include('__proto__');
      expect(result.texts).to.deep.equal({ en: { title: 'Hi' } });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });
});

describe('parseConfigJson', () => {
  it('parses the JSON text of the child script', () => {
    const { result, problems } = withProblems((p) =>
      parseConfigJson('{ "categories": { "statistical": { "label": "Audience" } } }', TEXT_KEYS, p),
    );
    expect(problems).to.deep.equal([]);
    expect(result).to.deep.equal({ categories: { statistical: { label: 'Audience' } } });
  });

  for (const json of ['{ nope', '', "{ 'categories': {} }", '{"categories": {},}']) {
    it(`invalid JSON (${JSON.stringify(json)}) is one problem and an empty configuration`, () => {
      const { result, problems } = withProblems((p) => parseConfigJson(json, TEXT_KEYS, p));
      expect(result).to.deep.equal({});
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^the JSON configuration is not valid JSON \(.+\)$/);
    });
  }

  it('valid JSON that is not an object is recorded', () => {
    const { result, problems } = withProblems((p) => parseConfigJson('[1, 2]', TEXT_KEYS, p));
    expect(result).to.deep.equal({});
    expect(problems).to.deep.equal(['the configuration is not a JSON object']);
  });

  it('adds its problems to those already collected', () => {
    const problems: Problems = ['earlier'];
    parseConfigJson('{"colour":1}', TEXT_KEYS, problems);
    expect(problems).to.deep.equal(['earlier', 'configuration: unknown key "colour"']);
  });
});

describe('parseCategoryList', () => {
  it('no attribute gives the default categories', () => {
    expect(withProblems((p) => parseCategoryList(null, p))).to.deep.equal({
      result: ['statistical', 'first-party', 'third-party'],
      problems: [],
    });
    expect(DEFAULT_CATEGORIES).to.deep.equal(['statistical', 'first-party', 'third-party']);
  });

  it('splits on any whitespace and keeps the order', () => {
    expect(parseCategoryList('  ads\n analytics\tvideo ', [])).to.deep.equal(['ads', 'analytics', 'video']);
  });

  it('an empty attribute means no optional category', () => {
    expect(withProblems((p) => parseCategoryList('', p))).to.deep.equal({ result: [], problems: [] });
    expect(parseCategoryList('   ', [])).to.deep.equal([]);
  });

  it('drops duplicates', () => {
    expect(parseCategoryList('ads analytics ads', [])).to.deep.equal(['ads', 'analytics']);
  });

  it('drops necessary quietly: it is always there', () => {
    expect(withProblems((p) => parseCategoryList('necessary ads', p))).to.deep.equal({ result: ['ads'], problems: [] });
  });

  it('records invalid names and keeps the valid ones', () => {
    const { result, problems } = withProblems((p) => parseCategoryList('Ads analytics 3rd a;b', p));
    expect(result).to.deep.equal(['analytics']);
    expect(problems).to.deep.equal([
      'categories: "Ads" is not a valid category name',
      'categories: "3rd" is not a valid category name',
      'categories: "a;b" is not a valid category name',
    ]);
  });

  for (const name of ['constructor', 'prototype']) {
    it(`records "${name}" as invalid: a stored choice holding it would be refused as tampered`, () => {
      const { result, problems } = withProblems((p) => parseCategoryList(`ads ${name}`, p));
      expect(result).to.deep.equal(['ads']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(`"${name}"`);
    });
  }
});

describe('parseWholeNumber', () => {
  const parse = (value: string, min = 1, max = 400) => withProblems((p) => parseWholeNumber(value, 182, min, max, p));

  it('reads a whole number, ignoring surrounding whitespace', () => {
    expect(parse('30')).to.deep.equal({ result: 30, problems: [] });
    expect(parse(' 7 ')).to.deep.equal({ result: 7, problems: [] });
  });

  it('accepts both bounds', () => {
    expect(parse('1').result).to.equal(1);
    expect(parse('400').result).to.equal(400);
    expect(parse('0', 0).result).to.equal(0);
  });

  for (const value of ['', ' ', '1.5', '-3', '0', '401', 'abc', '7 days', 'NaN', 'Infinity']) {
    it(`"${value}" gives the default and records a problem`, () => {
      const { result, problems } = parse(value);
      expect(result).to.equal(182);
      expect(problems).to.deep.equal([`"${value}" is not a whole number from 1 to 400`]);
    });
  }
});

describe('configuredCategories', () => {
  it('gives necessary and the listed optional categories in order, with their configuration', () => {
    const { result, problems } = withProblems((p) =>
      configuredCategories(['third-party', 'statistical'], { categories: { statistical: { label: 'Audience' } } }, p),
    );
    expect(problems).to.deep.equal([]);
    expect(Object.keys(result)).to.deep.equal(['necessary', 'third-party', 'statistical']);
    expect(result).to.deep.equal({ necessary: {}, 'third-party': {}, statistical: { label: 'Audience' } });
  });

  it('keeps the configuration of necessary', () => {
    const necessary = { label: 'Essential', cookies: [{ name: 'sessionid' }] };
    expect(configuredCategories([], { categories: { necessary } }, []).necessary).to.deep.equal(necessary);
  });

  it('a configured category that the categories attribute does not list is recorded and left out', () => {
    const { result, problems } = withProblems((p) =>
      configuredCategories(['statistical'], { categories: { statistical: {}, ads: { label: 'Ads' } } }, p),
    );
    expect(Object.keys(result)).to.deep.equal(['necessary', 'statistical']);
    expect(problems).to.deep.equal(['categories.ads is configured but not listed in the "categories" attribute']);
  });

  it('works with no categories configured', () => {
    expect(configuredCategories(['statistical'], {}, [])).to.deep.equal({ necessary: {}, statistical: {} });
  });
});
