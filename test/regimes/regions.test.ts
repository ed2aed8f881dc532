import { expect } from '@open-wc/testing';
import type { Regime } from '../../src/consent/state.js';
import {
  BUILT_IN_REGIMES,
  candidateCountries,
  EEA,
  EU,
  parseRegimeMap,
  parseRegion,
  regimeFor,
} from '../../src/regimes/regions.js';

/** Runs a parser with a fresh problem list and gives both back. */
function withProblems<T>(parse: (problems: string[]) => T): { result: T; problems: string[] } {
  const problems: string[] = [];
  return { result: parse(problems), problems };
}

describe('EU and EEA', () => {
  it('the EU has 27 members, each an ISO 3166-1 alpha-2 code once, Greece as GR', () => {
    expect(EU).to.have.length(27);
    expect(new Set(EU).size).to.equal(27);
    expect(EU.every((code) => /^[A-Z]{2}$/.test(code))).to.equal(true);
    expect(EU).to.include('GR');
    expect(EU).not.to.include('EL');
  });

  it('the EEA is the EU and Iceland, Liechtenstein and Norway: 30 members', () => {
    expect(EEA).to.have.length(30);
    expect([...EEA].sort()).to.deep.equal([...EU, 'IS', 'LI', 'NO'].sort());
    for (const outside of ['CH', 'GB', 'US']) expect(EEA).not.to.include(outside);
  });

  it('the lists cannot be changed by a page', () => {
    expect(Object.isFrozen(EU)).to.equal(true);
    expect(Object.isFrozen(EEA)).to.equal(true);
    expect(Object.isFrozen(BUILT_IN_REGIMES)).to.equal(true);
  });
});

describe('parseRegion', () => {
  for (const [input, expected] of [
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['  de ', 'DE'],
    ['US-CA', 'US-CA'],
    ['us-ca', 'US-CA'],
    ['GB-ENG', 'GB-ENG'],
    ['FR-75', 'FR-75'],
    ['FR-2A', 'FR-2A'],
    ['ES-M', 'ES-M'],
  ] as const) {
    it(`reads ${JSON.stringify(input)} as ${expected}, with no problem`, () => {
      expect(withProblems((problems) => parseRegion(input, problems))).to.deep.equal({
        result: expected,
        problems: [],
      });
    });
  }

  for (const input of [null, undefined, '', '   ']) {
    it(`reads ${JSON.stringify(input)} as no region, with no problem`, () => {
      expect(withProblems((problems) => parseRegion(input, problems))).to.deep.equal({ result: '', problems: [] });
    });
  }

  for (const input of [
    'F',
    'FRA',
    'France',
    'US-',
    'US-CALI',
    'US_CA',
    'US CA',
    '12',
    'F1',
    '*',
    'EEA',
    'US-CA-LA',
    'É1',
  ]) {
    it(`a malformed region ${JSON.stringify(input)} is one problem naming it, and no region`, () => {
      const { result, problems } = withProblems((problems) => parseRegion(input, problems));
      expect(result).to.equal('');
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(`"${input}"`);
    });
  }
});

describe('parseRegimeMap', () => {
  it('keeps every valid entry, codes in upper case, with no problem', () => {
    const { result, problems } = withProblems((problems) =>
      parseRegimeMap(
        { 'us-ca': 'opt-out', jp: 'none', eu: 'opt-in', Eea: 'opt-in', '*': 'opt-out', GB: 'opt-in' },
        problems,
      ),
    );
    expect(problems).to.deep.equal([]);
    expect(result).to.deep.equal({
      'US-CA': 'opt-out',
      JP: 'none',
      EU: 'opt-in',
      EEA: 'opt-in',
      '*': 'opt-out',
      GB: 'opt-in',
    });
  });

  it('an empty object, or none at all (undefined), is no entries, with no problem', () => {
    expect(withProblems((problems) => parseRegimeMap({}, problems))).to.deep.equal({ result: {}, problems: [] });
    expect(withProblems((problems) => parseRegimeMap(undefined, problems))).to.deep.equal({ result: {}, problems: [] });
  });

  for (const [what, input] of [
    ['an array', [['US', 'opt-out']]],
    ['a string', 'US=opt-out'],
    ['a number', 1],
    ['null', null],
  ] as const) {
    it(`a map that is ${what} is one problem and no entries`, () => {
      const { result, problems } = withProblems((problems) => parseRegimeMap(input, problems));
      expect(result).to.deep.equal({});
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^regimes: expected an object/);
    });
  }

  for (const [key, regime] of [
    ['France', 'opt-in'],
    ['USA', 'opt-out'],
    ['US-', 'opt-out'],
    ['', 'opt-in'],
    ['**', 'opt-in'],
    ['EU27', 'opt-in'],
    ['US', 'optout'],
    ['US', ''],
    ['US', 'OPT-OUT'],
    ['US', true],
    ['US', null],
    ['JP', ['none']],
  ] as const) {
    it(`a bad entry ${JSON.stringify(key)}: ${JSON.stringify(regime)} is one problem naming it, and skipped; the others kept`, () => {
      const { result, problems } = withProblems((problems) =>
        parseRegimeMap({ [key]: regime, DE: 'opt-in' }, problems),
      );
      expect(result).to.deep.equal({ DE: 'opt-in' });
      expect(problems).to.have.length(1);
      // A bad key is named in quotes; a bad value after its key, as JSON.
      if (typeof regime === 'string' && regime.startsWith('opt-')) expect(problems[0]).to.include(`"${key}"`);
      else expect(problems[0]).to.include(`regimes.${key}: ${JSON.stringify(regime)}`);
    });
  }

  it('a key given twice in different cases is one problem; the first stays', () => {
    const { result, problems } = withProblems((problems) => parseRegimeMap({ US: 'opt-out', us: 'none' }, problems));
    expect(result).to.deep.equal({ US: 'opt-out' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('"us"');
  });

  it('skips the reserved keys, one problem each, and never touches a prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"polluted": "opt-out"}, "constructor": "none", "prototype": "none", "FR": "opt-in"}',
    );
    const { result, problems } = withProblems((problems) => parseRegimeMap(input, problems));
    expect(result).to.deep.equal({ FR: 'opt-in' });
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(problems).to.have.length(3);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(problems.some((problem) => problem.includes(`"${key}"`))).to.equal(true);
    }
  });
});

describe('regimeFor', () => {
  it('the built-in map: the US is opt-out, everywhere else and an unknown region opt-in', () => {
    expect(BUILT_IN_REGIMES).to.deep.equal({ US: 'opt-out', '*': 'opt-in' });
    expect(regimeFor('US', {})).to.deep.equal({ regime: 'opt-out', key: 'US' });
    expect(regimeFor('US-CA', {})).to.deep.equal({ regime: 'opt-out', key: 'US' });
    expect(regimeFor('FR', {})).to.deep.equal({ regime: 'opt-in', key: '*' });
    expect(regimeFor('JP', {})).to.deep.equal({ regime: 'opt-in', key: '*' });
    expect(regimeFor('', {})).to.deep.equal({ regime: 'opt-in', key: '*' });
  });

  // Every key at once, each with a regime of its own (three regimes, so the keys are told apart too).
  const everything: Record<string, Regime> = {
    'US-CA': 'opt-in',
    US: 'none',
    'FR-75': 'opt-out',
    FR: 'none',
    EU: 'opt-out',
    EEA: 'none',
    '*': 'opt-out',
  };
  for (const [region, key, why] of [
    ['US-CA', 'US-CA', 'the subdivision over its country'],
    ['US-NY', 'US', 'the country for a subdivision not in the map'],
    ['US', 'US', 'the country itself'],
    ['FR-75', 'FR-75', 'the subdivision over its country and over EU'],
    ['FR-13', 'FR', 'the country over EU'],
    ['FR', 'FR', 'the country over EU'],
    ['DE', 'EU', 'EU over EEA'],
    ['DE-BY', 'EU', 'EU for a subdivision of a member'],
    ['GR', 'EU', 'EU for Greece, spelt GR'],
    ['NO', 'EEA', 'EEA for a member outside the EU'],
    ['IS', 'EEA', 'EEA for Iceland'],
    ['LI', 'EEA', 'EEA for Liechtenstein'],
    ['CH', '*', '* for a country in neither'],
    ['GB', '*', '* for the United Kingdom, outside the EU'],
    ['', '*', '* for an unknown region'],
  ] as const) {
    it(`${region || "''"} gets the entry ${key}: ${why}`, () => {
      expect(regimeFor(region, everything)).to.deep.equal({ regime: everything[key], key });
    });
  }

  for (const [map, region, expected] of [
    [{ '*': 'none' }, '', { regime: 'none', key: '*' }],
    [{ '*': 'none' }, 'FR', { regime: 'none', key: '*' }],
    [{ '*': 'none' }, 'US', { regime: 'opt-out', key: 'US' }],
    [{ EU: 'opt-out' }, 'US', { regime: 'opt-out', key: 'US' }],
    [{ EEA: 'opt-out' }, 'FR', { regime: 'opt-out', key: 'EEA' }],
    [{ EEA: 'opt-out' }, 'CH', { regime: 'opt-in', key: '*' }],
    [{ US: 'opt-in' }, 'US-CA', { regime: 'opt-in', key: 'US' }],
    [{ 'US-CA': 'opt-in' }, 'US-TX', { regime: 'opt-out', key: 'US' }],
    [{ JP: 'none' }, 'JP', { regime: 'none', key: 'JP' }],
  ] as const) {
    it(`the site's ${JSON.stringify(map)} over the built-in map: ${region || "''"} gets ${expected.key}`, () => {
      expect(regimeFor(region, map)).to.deep.equal(expected);
    });
  }

  it("the site's entry replaces the built-in one of the same key", () => {
    expect(regimeFor('US', { US: 'none' })).to.deep.equal({ regime: 'none', key: 'US' });
    expect(regimeFor('BR', { '*': 'opt-out' })).to.deep.equal({ regime: 'opt-out', key: '*' });
  });

  it('an unknown region gets only *, whatever else the map holds', () => {
    expect(regimeFor('', { US: 'none', EU: 'opt-out', 'US-CA': 'none' })).to.deep.equal({ regime: 'opt-in', key: '*' });
  });

  it('never changes the map it is given', () => {
    const map: Record<string, Regime> = { FR: 'none' };
    regimeFor('FR', map);
    expect(map).to.deep.equal({ FR: 'none' });
    expect(BUILT_IN_REGIMES).to.deep.equal({ US: 'opt-out', '*': 'opt-in' });
  });
});

describe('candidateCountries', () => {
  it('the built-in map: only the US is worth asking about', () => {
    expect(candidateCountries({})).to.deep.equal(['US']);
  });

  it('a map where every country gets what * gets: nothing to ask, so no time zone is looked up', () => {
    expect(candidateCountries({ US: 'opt-in' })).to.deep.equal([]);
    expect(candidateCountries({ US: 'opt-in', EU: 'opt-in', FR: 'opt-in' })).to.deep.equal([]);
  });

  it('EU and EEA bring their members; a subdivision brings its country', () => {
    expect(candidateCountries({ EU: 'opt-out' }).sort()).to.deep.equal([...EU, 'US'].sort());
    expect(candidateCountries({ EEA: 'none' }).sort()).to.deep.equal([...EEA, 'US'].sort());
    expect(candidateCountries({ 'CA-QC': 'none', CA: 'opt-out' }).sort()).to.deep.equal(['CA', 'US']);
  });

  it('a subdivision alone brings nothing: a time zone names a country, and all of Canada gets what * gets', () => {
    expect(candidateCountries({ 'CA-QC': 'none' })).to.deep.equal(['US']);
  });

  it('leaves out a country whose regime is that of *: its membership cannot change the answer', () => {
    expect(candidateCountries({ EU: 'opt-out', FR: 'opt-in' })).not.to.include('FR');
    expect(candidateCountries({ EU: 'opt-out', FR: 'opt-in' })).to.include('DE');
    expect(candidateCountries({ '*': 'opt-out', US: 'opt-out', JP: 'opt-in' })).to.deep.equal(['JP']);
  });

  it('every candidate gets a regime other than that of an unknown region, every other country the same', () => {
    const map: Record<string, Regime> = { EU: 'opt-out', DE: 'opt-in', 'US-CA': 'none', JP: 'none' };
    const candidates = candidateCountries(map);
    for (const country of [...EEA, 'US', 'JP', 'CA', 'BR', 'GB', 'CH']) {
      const differs = regimeFor(country, map).regime !== regimeFor('', map).regime;
      expect(candidates.includes(country), country).to.equal(differs);
    }
  });
});
