import { expect } from '@open-wc/testing';
import {
  configuredCategories,
  entryOf,
  parseConfig,
  parseConfigJson,
  serviceMap,
  type Problems,
} from '../../src/consent/config.js';
import { ConsentModel } from '../../src/consent/consent-model.js';
import {
  allChoice,
  changedCategories,
  newChoice,
  selectChoice,
  stateFromChoice,
  toggleChoice,
  undecidedState,
  type ServiceMap,
} from '../../src/consent/state.js';
import {
  encodedLength,
  longestEncodedChoice,
  MAX_ENCODED_LENGTH,
  parseStoredChoice,
  serializeChoice,
  type ReadResult,
} from '../../src/consent/store.js';
import { clearCookies, rawCookie, storeChoice, storedChoice, validChoice } from '../helpers.js';
import { ID, OPTIONAL, storeOptions } from './helpers.js';

/** The services of the examples: YouTube and Vimeo inside third-party. */
const SERVICES: ServiceMap = { 'third-party': ['youtube', 'vimeo'] };
const OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };
const NOW = Date.UTC(2026, 10, 22, 14);
const TIMESTAMP = new Date(NOW).toISOString();

/** A model as `<cookie-consent>` makes one over these services, with its warnings collected. */
function makeModel(services: ServiceMap = SERVICES, optional = OPTIONAL) {
  const warnings: string[] = [];
  const model = new ConsentModel(optional, storeOptions(), (message) => warnings.push(message), services);
  return { model, warnings };
}

/** A valid stored value with services, made at NOW. */
function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    id: ID,
    revision: 0,
    timestamp: TIMESTAMP,
    categories: { ...OFF, statistical: true },
    services: { youtube: true, vimeo: false },
    ...overrides,
  };
}

const encode = (value: unknown) => encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
const parse = (value: unknown): ReadResult => parseStoredChoice(encode(value), storeOptions(), NOW);

function expectNoChoice(result: ReadResult, pattern: RegExp): void {
  expect(result.choice).to.equal(null);
  expect(result.problem).to.be.a('string').and.match(pattern);
  expect(Boolean(result.quiet), 'quiet').to.equal(false);
}

describe('services in the stored choice', () => {
  it('a valid value with services gives the choice with its services, with no problem', () => {
    const result = parse(valid());
    expect(result.problem).to.equal(undefined);
    expect(result.choice).to.deep.equal(valid());
  });

  for (const [what, services, pattern] of [
    ['a service that is a string', { youtube: 'yes', vimeo: false }, /service "youtube" is not true or false/],
    ['a service that is 1', { youtube: true, vimeo: 1 }, /service "vimeo" is not true or false/],
    ['a service that is null', { youtube: null }, /service "youtube" is not true or false/],
    ['a service that is an object', { youtube: { on: true } }, /service "youtube" is not true or false/],
    ['services that are an array', ['youtube'], /"services" is not an object/],
    ['services that are a string', 'youtube', /"services" is not an object/],
    ['services that are true', true, /"services" is not an object/],
    ['services that are null', null, /"services" is not an object/],
  ] as const) {
    it(`${what} is no valid choice`, () => {
      expectNoChoice(parse(valid({ services })), pattern);
    });
  }

  // JSON.stringify would make `__proto__` the prototype, not a key: these are written as text.
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`a forbidden key ${key} inside services is no valid choice`, () => {
      const text = JSON.stringify(valid()).replace('"services":{', `"services":{"${key}":true,`);
      expect(text).to.include(`"${key}":true`);
      expectNoChoice(parse(text), /forbidden key/);
    });
  }

  it('a value with services under a version other than 1 is no valid choice', () => {
    expectNoChoice(parse(valid({ version: 2 })), /version 2 is not 1/);
    expectNoChoice(parse(valid({ version: '1' })), /version "1" is not 1/);
  });

  it('an old choice without services stays valid, and counts every service refused', () => {
    const old = valid({ categories: { ...OFF, statistical: true, 'third-party': true } });
    delete old.services;
    const { choice, problem } = parse(old);
    expect(problem).to.equal(undefined);
    expect(choice).to.not.have.property('services');
    const state = stateFromChoice(choice!, OPTIONAL, SERVICES);
    expect(state.decided).to.equal(true);
    // Its "third-party": true was given before the services existed: it is none of theirs.
    expect(state.categories).to.deep.equal({ ...OFF, statistical: true });
    expect(state.services).to.deep.equal({ youtube: false, vimeo: false });
    expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
  });

  it('a choice that lacks a service the configuration now has counts that one refused, the others kept', () => {
    const state = stateFromChoice(parse(valid({ services: { youtube: true } })).choice!, OPTIONAL, {
      'third-party': ['youtube', 'vimeo'],
      statistical: ['matomo'],
    });
    expect(state.services).to.deep.equal({ matomo: false, youtube: true, vimeo: false });
    expect(state.categories).to.deep.equal(OFF);
  });

  it('a service the configuration no longer has is not in the state', () => {
    const state = stateFromChoice(parse(valid({ services: { youtube: true, dailymotion: true } })).choice!, OPTIONAL, {
      'third-party': ['youtube'],
    });
    expect(state.services).to.deep.equal({ youtube: true });
    expect(state.categories['third-party']).to.equal(true);
    expect(state.accepted).to.deep.equal(['necessary', 'statistical', 'third-party', 'youtube']);
  });
});

describe('services when a choice is made', () => {
  const select = (selection: Record<string, unknown>) => selectChoice(OPTIONAL, SERVICES, selection);

  for (const [what, selection, categories, services] of [
    [
      'a category given true turns on all its services',
      { 'third-party': true },
      { 'third-party': true },
      { youtube: true, vimeo: true },
    ],
    ['one service alone leaves its category off', { youtube: true }, {}, { youtube: true, vimeo: false }],
    [
      'every service of a category turns the category on',
      { youtube: true, vimeo: true },
      { 'third-party': true },
      { youtube: true, vimeo: true },
    ],
    [
      'a service given explicitly wins over its category given true',
      { 'third-party': true, vimeo: false },
      {},
      { youtube: true, vimeo: false },
    ],
    [
      'a service given explicitly wins over its category given false',
      { 'third-party': false, youtube: true },
      {},
      { youtube: true, vimeo: false },
    ],
    [
      'anything but true is off, for a service as for a category',
      { youtube: 1, vimeo: 'true' },
      {},
      { youtube: false, vimeo: false },
    ],
    [
      'an unknown service name is dropped',
      { dailymotion: true, statistical: true },
      { statistical: true },
      { youtube: false, vimeo: false },
    ],
  ] as const) {
    it(what, () => {
      expect(select(selection)).to.deep.equal({ categories: { ...OFF, ...categories }, services });
    });
  }

  it('a category without services is chosen as before', () => {
    expect(select({ statistical: true, 'first-party': false })).to.deep.equal({
      categories: { ...OFF, statistical: true },
      services: { youtube: false, vimeo: false },
    });
  });

  it('accept all and reject all cover every service', () => {
    expect(allChoice(OPTIONAL, SERVICES, true)).to.deep.equal({
      categories: { necessary: true, statistical: true, 'first-party': true, 'third-party': true },
      services: { youtube: true, vimeo: true },
    });
    expect(allChoice(OPTIONAL, SERVICES, false)).to.deep.equal({
      categories: OFF,
      services: { youtube: false, vimeo: false },
    });
  });

  it('undecided, every service is off and in the state', () => {
    const state = undecidedState(OPTIONAL, 0, SERVICES);
    expect(state.services).to.deep.equal({ youtube: false, vimeo: false });
    expect(state.accepted).to.deep.equal(['necessary']);
    expect(undecidedState(OPTIONAL, 0).services).to.deep.equal({});
  });

  describe('a switch turned (toggleChoice)', () => {
    const values = { ...OFF, youtube: false, vimeo: false };

    it('a category with services turns them all', () => {
      expect(toggleChoice(SERVICES, values, 'third-party', true)).to.deep.equal({
        ...values,
        'third-party': true,
        youtube: true,
        vimeo: true,
      });
      expect(toggleChoice(SERVICES, { ...values, youtube: true }, 'third-party', false)).to.deep.equal(values);
    });

    it('a service sets its category on exactly when every one of its services is on', () => {
      const one = toggleChoice(SERVICES, values, 'youtube', true);
      expect(one).to.deep.equal({ ...values, youtube: true });
      const both = toggleChoice(SERVICES, one, 'vimeo', true);
      expect(both).to.deep.equal({ ...values, 'third-party': true, youtube: true, vimeo: true });
      expect(toggleChoice(SERVICES, both, 'youtube', false)).to.deep.equal({ ...values, vimeo: true });
    });

    it('a category without services turns only itself', () => {
      expect(toggleChoice(SERVICES, values, 'statistical', true)).to.deep.equal({ ...values, statistical: true });
    });
  });
});

describe('services in the ConsentModel', () => {
  beforeEach(() => clearCookies());

  it('records the services, in the cookie and the state, and lists accepted services after the categories', () => {
    const { model } = makeModel();
    model.record({ statistical: true, youtube: true }, 'api');
    expect(model.state.services).to.deep.equal({ youtube: true, vimeo: false });
    expect(model.state.accepted).to.deep.equal(['necessary', 'statistical', 'youtube']);
    expect(storedChoice()!.categories).to.deep.equal({ ...OFF, statistical: true });
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: false });
    model.acceptAll('banner');
    expect(model.state.accepted).to.deep.equal([
      'necessary',
      'statistical',
      'first-party',
      'third-party',
      'youtube',
      'vimeo',
    ]);
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: true });
    model.rejectAll('banner');
    expect(model.state.accepted).to.deep.equal(['necessary']);
    expect(storedChoice()!.services).to.deep.equal({ youtube: false, vimeo: false });
  });

  it('reads a stored choice with services back', () => {
    storeChoice(validChoice({ services: { youtube: false, vimeo: true } }));
    const { model, warnings } = makeModel();
    const state = model.load();
    expect(warnings).to.deep.equal([]);
    expect(state.services).to.deep.equal({ youtube: false, vimeo: true });
    expect(state.accepted).to.deep.equal(['necessary', 'statistical', 'vimeo']);
  });

  it('a stored choice with a bad service warns once and is undecided', () => {
    storeChoice(validChoice({ services: { youtube: 'yes' } }));
    const { model, warnings } = makeModel();
    expect(model.load().decided).to.equal(false);
    expect(warnings).to.deep.equal([
      'ignored the stored choice in the "cookies_preferences" cookie: service "youtube" is not true or false',
    ]);
  });

  describe('changed', () => {
    for (const [what, before, after, changed] of [
      ['one service on, its category still off: just the service', {}, { youtube: true }, ['youtube']],
      [
        'the last service on: the category too, categories first',
        { youtube: true },
        { youtube: true, vimeo: true },
        ['third-party', 'vimeo'],
      ],
      [
        'one service off out of all: that service and its category',
        { 'third-party': true },
        { 'third-party': true, youtube: false },
        ['third-party', 'youtube'],
      ],
      [
        'the category on: it and every service that was off',
        { vimeo: true },
        { 'third-party': true },
        ['third-party', 'youtube'],
      ],
      [
        'one service swapped for the other: both services only',
        { youtube: true },
        { vimeo: true },
        ['youtube', 'vimeo'],
      ],
      [
        'the same choice again: nothing',
        { youtube: true, statistical: true },
        { statistical: true, youtube: true },
        [],
      ],
    ] as const) {
      it(what, () => {
        const { model } = makeModel();
        model.record(before, 'api');
        expect(model.record(after, 'preferences').changed).to.deep.equal(changed);
      });
    }

    it('from no decision, accepting all lists every category and every service', () => {
      const { model } = makeModel();
      expect(model.acceptAll('banner').changed).to.deep.equal([
        'statistical',
        'first-party',
        'third-party',
        'youtube',
        'vimeo',
      ]);
    });

    it('changedCategories compares the services of two states too', () => {
      const before = undecidedState(OPTIONAL, 0, SERVICES);
      const after = stateFromChoice(parse(valid()).choice!, OPTIONAL, SERVICES);
      expect(changedCategories(before, after)).to.deep.equal(['statistical', 'youtube']);
    });
  });

  describe('the cookie', () => {
    it('a configuration without services stores exactly the same cookie as before', () => {
      const { model } = makeModel({});
      model.record({ statistical: true, 'third-party': true }, 'api');
      const { id, timestamp } = model.state;
      expect(decodeURIComponent(rawCookie()!)).to.equal(
        `{"version":1,"id":"${id}","revision":0,"timestamp":"${timestamp}",` +
          '"categories":{"necessary":true,"statistical":true,"first-party":false,"third-party":true}}',
      );
      expect(model.state.services).to.deep.equal({});
    });

    it('serializes a choice without services as before, and one with services after its categories', () => {
      const categories = { ...OFF, statistical: true };
      expect(serializeChoice(newChoice(categories, 3, ID, NOW))).to.equal(
        `{"version":1,"id":"${ID}","revision":3,"timestamp":"${TIMESTAMP}",` +
          '"categories":{"necessary":true,"statistical":true,"first-party":false,"third-party":false}}',
      );
      expect(serializeChoice(newChoice(categories, 3, ID, NOW, { youtube: true, vimeo: false }))).to.equal(
        `{"version":1,"id":"${ID}","revision":3,"timestamp":"${TIMESTAMP}",` +
          '"categories":{"necessary":true,"statistical":true,"first-party":false,"third-party":false},' +
          '"services":{"youtube":true,"vimeo":false}}',
      );
    });

    it('a configuration with services writes them after the categories', () => {
      const { model } = makeModel();
      model.record({ vimeo: true }, 'api');
      const { id, timestamp } = model.state;
      expect(decodeURIComponent(rawCookie()!)).to.equal(
        `{"version":1,"id":"${id}","revision":0,"timestamp":"${timestamp}",` +
          '"categories":{"necessary":true,"statistical":false,"first-party":false,"third-party":false},' +
          '"services":{"youtube":false,"vimeo":true}}',
      );
    });

    it('a configuration without services still reads a choice stored with some, and its next cookie has none', () => {
      storeChoice(validChoice({ services: { youtube: true } }));
      const { model, warnings } = makeModel({});
      const state = model.load();
      expect(warnings).to.deep.equal([]);
      expect(state.decided).to.equal(true);
      expect(state.services).to.deep.equal({});
      model.record({ statistical: true }, 'api');
      expect(storedChoice()).to.not.have.property('services');
    });
  });

  describe('the longest choice', () => {
    /** Service names of 32 characters: `n` of them. */
    const names = (n: number) =>
      Array.from({ length: n }, (_, i) => `service-${String(i).padStart(3, '0')}`.padEnd(32, 'x'));

    it('counts the services in the longest value a choice can take', () => {
      const services = names(3);
      const entries = JSON.stringify(Object.fromEntries(services.map((name) => [name, false])));
      // Whatever else the longest value holds, the services add exactly their own entry.
      expect(longestEncodedChoice(OPTIONAL, 0, services) - longestEncodedChoice(OPTIONAL, 0)).to.equal(
        encodedLength(`,"services":${entries}`),
      );
      expect(longestEncodedChoice(OPTIONAL, 0, [])).to.equal(longestEncodedChoice(OPTIONAL, 0));
    });

    it('warns once, counting categories and services, when the services make a choice too long for the cookie', () => {
      const many = names(60);
      const length = longestEncodedChoice(OPTIONAL, 0, many);
      expect(longestEncodedChoice(OPTIONAL, 0)).to.be.below(MAX_ENCODED_LENGTH);
      expect(length).to.be.above(MAX_ENCODED_LENGTH);
      const { warnings } = makeModel({ 'third-party': many });
      expect(warnings).to.deep.equal([
        `the choice over 3 categories and 60 services can take ${length} characters, more than the 2048 a cookie value may have; use fewer or shorter names`,
      ]);
    });

    it('says nothing when the categories and services fit', () => {
      expect(makeModel({ 'third-party': names(10) }).warnings).to.deep.equal([]);
    });
  });
});

describe('services in the configuration', () => {
  const TEXT_KEYS = ['title'];
  const YOUTUBE = {
    label: 'YouTube',
    description: { en: 'Embedded videos.' },
    cookies: [{ name: 'VISITOR_INFO1_LIVE', provider: 'Google', duration: '6 months' }],
    consentMode: ['ad_storage'],
  };

  /** parseConfig then configuredCategories over the default categories, with every problem they record. */
  function configure(categories: unknown, optional = OPTIONAL) {
    const problems: Problems = [];
    const config = parseConfig({ categories }, TEXT_KEYS, problems);
    return { content: configuredCategories(optional, config, problems), problems };
  }

  it('keeps valid services as they are, with no problem', () => {
    const { content, problems } = configure({
      'third-party': { label: 'Others', services: { youtube: YOUTUBE, vimeo: { label: 'Vimeo' } } },
    });
    expect(problems).to.deep.equal([]);
    expect(content['third-party']).to.deep.equal({
      label: 'Others',
      services: { youtube: YOUTUBE, vimeo: { label: 'Vimeo' } },
    });
  });

  for (const [what, categories, problem, kept] of [
    [
      'a bad service name',
      { 'third-party': { services: { YouTube: {}, vimeo: {} } } },
      'categories.third-party.services: "YouTube" is not a valid service name ([a-z][a-z0-9_-]{0,31})',
      { 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a service name of 33 characters',
      { 'third-party': { services: { [`a${'b'.repeat(32)}`]: {}, vimeo: {} } } },
      `categories.third-party.services: "a${'b'.repeat(32)}" is not a valid service name ([a-z][a-z0-9_-]{0,31})`,
      { 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a service named like a category',
      { 'third-party': { services: { statistical: {}, vimeo: {} } } },
      'categories.third-party.services.statistical: ignored (a service belongs to an optional category, under a name no category or other service has)',
      { 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a service named necessary',
      { 'third-party': { services: { necessary: {}, vimeo: {} } } },
      'categories.third-party.services.necessary: ignored (a service belongs to an optional category, under a name no category or other service has)',
      { 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a service repeated in two categories (the first kept)',
      {
        'first-party': { services: { youtube: { label: 'Ours' } } },
        'third-party': { services: { youtube: {}, vimeo: {} } },
      },
      'categories.third-party.services.youtube: ignored (a service belongs to an optional category, under a name no category or other service has)',
      { 'first-party': { services: { youtube: { label: 'Ours' } } }, 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a service under necessary',
      { necessary: { label: 'Needed', services: { sessions: {} } }, 'third-party': { services: { vimeo: {} } } },
      'categories.necessary.services.sessions: ignored (a service belongs to an optional category, under a name no category or other service has)',
      { necessary: { label: 'Needed', services: {} }, 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'an unknown key inside a service',
      { 'third-party': { services: { youtube: { label: 'YouTube', url: 'https://youtube.com' }, vimeo: {} } } },
      'categories.third-party.services.youtube: unknown key "url"',
      { 'third-party': { services: { youtube: { label: 'YouTube' }, vimeo: {} } } },
    ],
    [
      'services that are not an object',
      { 'third-party': { label: 'Others', services: ['youtube', 'vimeo'] } },
      'categories.third-party.services: expected an object',
      { 'third-party': { label: 'Others' } },
    ],
    [
      'a service that is not an object',
      { 'third-party': { services: { youtube: true, vimeo: {} } } },
      'categories.third-party.services.youtube: expected an object',
      { 'third-party': { services: { vimeo: {} } } },
    ],
    [
      'a bad cookie inside a service',
      {
        'third-party': {
          services: { youtube: { label: 'YouTube', cookies: [{ provider: 'Google' }, { name: 'YSC' }] } },
        },
      },
      'categories.third-party.services.youtube.cookies[0]: expected an object with a "name"',
      { 'third-party': { services: { youtube: { label: 'YouTube', cookies: [{ name: 'YSC' }] } } } },
    ],
  ] as const) {
    it(`${what}: one problem, the rest kept`, () => {
      const { content, problems } = configure(categories);
      expect(problems).to.deep.equal([problem]);
      for (const [name, info] of Object.entries(kept)) expect(content[name], name).to.deep.equal(info);
    });
  }

  it('services nested inside a service: one problem (unknown key), the nesting dropped', () => {
    const { content, problems } = configure({
      'third-party': { services: { youtube: { label: 'YouTube', services: { Shorts: {} } } } },
    });
    expect(problems).to.deep.equal(['categories.third-party.services.youtube: unknown key "services"']);
    expect(content['third-party']).to.deep.equal({ services: { youtube: { label: 'YouTube' } } });
  });

  it('a reserved service name in the JSON is one problem, the rest kept', () => {
    const problems: Problems = [];
    const config = parseConfigJson(
      '{"categories":{"third-party":{"services":{"__proto__":{"label":"x"},"vimeo":{}}}}}',
      TEXT_KEYS,
      problems,
    );
    expect(problems).to.deep.equal(['categories.third-party.services: "__proto__" is a reserved name']);
    expect(Object.keys(config.categories!['third-party'].services!)).to.deep.equal(['vimeo']);
    expect(Object.getPrototypeOf(config.categories!['third-party'].services)).to.equal(Object.prototype);
  });

  it('a category attribute without the configured category drops its services with it', () => {
    const { content, problems } = configure({ 'third-party': { services: { youtube: {} } } }, ['statistical']);
    expect(problems).to.deep.equal([
      'categories.third-party is configured but not listed in the "categories" attribute',
    ]);
    expect(serviceMap(content)).to.deep.equal({});
  });

  it('serviceMap lists the services of each category that has some, in order', () => {
    const { content } = configure({
      statistical: { services: { matomo: {} } },
      'first-party': { services: {} },
      'third-party': { services: { youtube: {}, vimeo: {} } },
    });
    expect(serviceMap(content)).to.deep.equal({ statistical: ['matomo'], 'third-party': ['youtube', 'vimeo'] });
  });

  it('entryOf finds a category or a service by name, and nothing inherited', () => {
    const { content } = configure({ 'third-party': { label: 'Others', services: { youtube: YOUTUBE } } });
    expect(entryOf(content, 'youtube')).to.deep.equal(YOUTUBE);
    expect(entryOf(content, 'third-party')).to.include({ label: 'Others' });
    expect(entryOf(content, 'vimeo')).to.equal(undefined);
    expect(entryOf(content, 'toString')).to.equal(undefined);
    expect(entryOf(content, 'hasOwnProperty')).to.equal(undefined);
  });
});
