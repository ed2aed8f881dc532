import { expect } from '@open-wc/testing';
import { ConsentModel } from '../../src/consent/consent-model.js';
import type { StoreOptions } from '../../src/consent/store.js';
import { clearCookies, rawCookie, setRawCookie, storeChoice, storedChoice, validChoice } from '../helpers.js';
import { DAY, ID, OPTIONAL, storeOptions, throwingDocumentCookie } from './helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ALL_OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };
const ALL_ON = { necessary: true, statistical: true, 'first-party': true, 'third-party': true };

/** A model as `<cookie-consent>` makes one, with its warnings collected. */
function makeModel(options: Partial<StoreOptions> = {}, optional = OPTIONAL) {
  const warnings: string[] = [];
  const model = new ConsentModel(optional, storeOptions(options), (message) => warnings.push(message));
  return { model, warnings };
}

/** The encoded value another tab would have written. */
const encoded = (overrides: Record<string, unknown> = {}) => encodeURIComponent(JSON.stringify(validChoice(overrides)));

describe('ConsentModel', () => {
  beforeEach(() => clearCookies());

  describe('before loading', () => {
    it('is undecided under the configured revision', () => {
      const { model } = makeModel({ revision: 4 });
      expect(model.state).to.deep.equal({
        decided: false,
        categories: ALL_OFF,
        accepted: ['necessary'],
        revision: 4,
        timestamp: null,
        id: null,
        services: {},
        regime: 'opt-in',
        region: '',
      });
    });
  });

  describe('load', () => {
    it('with no cookie, is undecided and warns nothing', () => {
      const { model, warnings } = makeModel();
      const state = model.load();
      expect(state).to.equal(model.state);
      expect(state.decided).to.equal(false);
      expect(state.accepted).to.deep.equal(['necessary']);
      expect(warnings).to.deep.equal([]);
    });

    it('reads a valid stored choice into the state, warning nothing', () => {
      const timestamp = new Date().toISOString();
      storeChoice(validChoice({ timestamp }));
      const { model, warnings } = makeModel();
      const state = model.load();
      expect(state).to.deep.equal({
        decided: true,
        categories: { ...ALL_OFF, statistical: true },
        accepted: ['necessary', 'statistical'],
        revision: 0,
        timestamp,
        id: ID,
        services: {},
        regime: 'opt-in',
        region: '',
      });
      expect(warnings).to.deep.equal([]);
    });

    it('reads the cookie under the configured name', () => {
      storeChoice(validChoice(), 'consent');
      expect(makeModel().model.load().decided).to.equal(false);
      expect(makeModel({ name: 'consent' }).model.load().decided).to.equal(true);
    });

    it('a tampered cookie warns once, naming the cookie and the problem, and is undecided', () => {
      storeChoice(validChoice({ categories: { necessary: true, statistical: 'yes' } }));
      const { model, warnings } = makeModel();
      const state = model.load();
      expect(state.decided).to.equal(false);
      expect(state.accepted).to.deep.equal(['necessary']);
      expect(warnings).to.deep.equal([
        'ignored the stored choice in the "cookies_preferences" cookie: category "statistical" is not true or false',
      ]);
    });

    it('an oversized cookie warns once and is undecided', () => {
      storeChoice(validChoice({ padding: 'x'.repeat(2100) }));
      const { model, warnings } = makeModel();
      expect(model.load().decided).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('at most 2048');
    });

    it('URI-encoding garbage warns once and is undecided', () => {
      setRawCookie('%E0%A4%A');
      const { model, warnings } = makeModel();
      expect(model.load().decided).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('not valid JSON');
    });

    it('an expired choice is undecided, quietly', () => {
      storeChoice(validChoice({ timestamp: new Date(Date.now() - 8 * DAY).toISOString() }));
      const { model, warnings } = makeModel({ expiresDays: 7 });
      expect(model.load().decided).to.equal(false);
      expect(warnings).to.deep.equal([]);
    });

    it('a choice from another revision is undecided under the configured revision, quietly', () => {
      storeChoice(validChoice({ revision: 1 }));
      const { model, warnings } = makeModel({ revision: 2 });
      const state = model.load();
      expect(state.decided).to.equal(false);
      expect(state.revision).to.equal(2);
      expect(warnings).to.deep.equal([]);
    });

    it('a timestamp over a day in the future warns (it is not normal life) and is undecided', () => {
      storeChoice(validChoice({ timestamp: new Date(Date.now() + 2 * DAY).toISOString() }));
      const { model, warnings } = makeModel();
      expect(model.load().decided).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('future');
    });

    it('a stored choice missing a category that is configured today reads it as off', () => {
      storeChoice(validChoice({ categories: { necessary: true, statistical: true } }));
      const { model } = makeModel({}, [...OPTIONAL, 'video']);
      const state = model.load();
      expect(state.decided).to.equal(true);
      expect(state.categories).to.deep.equal({ ...ALL_OFF, statistical: true, video: false });
    });

    it('extra unknown categories in the cookie are dropped from the state', () => {
      storeChoice(validChoice({ categories: { necessary: true, statistical: true, ads: true } }));
      const { model } = makeModel({}, ['statistical']);
      const state = model.load();
      expect(state.categories).to.deep.equal({ necessary: true, statistical: true });
      expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
    });

    it('a page where document.cookie throws warns and is undecided instead of throwing', () => {
      storeChoice(validChoice());
      const { model, warnings } = makeModel();
      const stub = throwingDocumentCookie();
      try {
        expect(model.load().decided).to.equal(false);
      } finally {
        stub.restore();
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('cannot be read');
    });

    it('a bad cookie after a good one forgets the good one', () => {
      storeChoice(validChoice());
      const { model } = makeModel();
      expect(model.load().decided).to.equal(true);
      storeChoice(validChoice({ version: 2 }));
      expect(model.load().decided).to.equal(false);
      expect(model.state.id).to.equal(null);
    });
  });

  describe('record', () => {
    it('turns on exactly the optional categories given as true, writes them and says what changed', () => {
      const { model, warnings } = makeModel();
      model.load();
      const change = model.record(
        { statistical: true, 'first-party': false, 'third-party': 'yes', ads: true },
        'preferences',
      );
      expect(change.source).to.equal('preferences');
      expect(change.changed).to.deep.equal(['statistical']);
      expect(change.state).to.equal(model.state);
      expect(model.state.decided).to.equal(true);
      expect(model.state.categories).to.deep.equal({ ...ALL_OFF, statistical: true });
      expect(storedChoice()!.categories).to.deep.equal({ ...ALL_OFF, statistical: true });
      expect(warnings).to.deep.equal([]);
    });

    it('the state and the cookie hold the same id, revision and timestamp', () => {
      const { model } = makeModel({ revision: 3 });
      const before = Date.now();
      const { state } = model.record({}, 'banner');
      const stored = storedChoice()!;
      expect(stored).to.deep.equal({
        version: 1,
        id: state.id,
        revision: 3,
        timestamp: state.timestamp,
        categories: ALL_OFF,
      });
      expect(state.id).to.match(UUID_V4);
      expect(state.revision).to.equal(3);
      expect(Date.parse(state.timestamp!)).to.be.within(before, Date.now());
    });

    it("keeps the visitor's consent id across decisions", () => {
      const { model } = makeModel();
      const first = model.record({ statistical: true }, 'banner').state.id;
      const second = model.record({}, 'preferences').state.id;
      expect(second).to.equal(first);
      expect(storedChoice()!.id).to.equal(first);
    });

    it('keeps the id of a choice read at load', () => {
      storeChoice(validChoice());
      const { model } = makeModel();
      model.load();
      expect(model.record({}, 'api').state.id).to.equal(ID);
      expect(storedChoice()!.id).to.equal(ID);
    });

    it('lists categories turned off as changes too', () => {
      storeChoice(validChoice({ categories: ALL_ON }));
      const { model } = makeModel();
      model.load();
      expect(model.record({ 'first-party': true }, 'preferences').changed).to.deep.equal([
        'statistical',
        'third-party',
      ]);
    });

    it('the change it returns is frozen', () => {
      const change = makeModel().model.record({ statistical: true }, 'api');
      expect(Object.isFrozen(change)).to.equal(true);
      expect(Object.isFrozen(change.changed)).to.equal(true);
      expect(Object.isFrozen(change.state)).to.equal(true);
    });

    it('a write that the browser refuses warns once but still updates the state', () => {
      const { model, warnings } = makeModel({ domain: '.example.org' });
      model.load();
      const change = model.record({ statistical: true }, 'banner');
      expect(change.state.decided).to.equal(true);
      expect(change.changed).to.deep.equal(['statistical']);
      expect(model.state.accepted).to.deep.equal(['necessary', 'statistical']);
      expect(rawCookie()).to.equal(undefined);
      expect(warnings).to.deep.equal([
        'could not store the choice in the "cookies_preferences" cookie (cookies blocked, or the value too long?); it holds for this page only',
      ]);
    });

    it('a page where document.cookie throws warns once but still updates the state', () => {
      const { model, warnings } = makeModel();
      const stub = throwingDocumentCookie();
      try {
        expect(model.acceptAll('banner').state.categories).to.deep.equal(ALL_ON);
      } finally {
        stub.restore();
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('could not store the choice');
      expect(rawCookie()).to.equal(undefined);
    });

    it('what it writes is read back by a model on the next page', () => {
      const { model } = makeModel();
      const { state } = model.record({ 'third-party': true }, 'preferences');
      const next = makeModel().model;
      expect(next.load()).to.deep.equal(state);
    });
  });

  describe('acceptAll and rejectAll', () => {
    it('acceptAll turns every optional category on and lists them all as changed', () => {
      const { model } = makeModel();
      const change = model.acceptAll('banner');
      expect(change.changed).to.deep.equal(OPTIONAL);
      expect(change.source).to.equal('banner');
      expect(model.state.categories).to.deep.equal(ALL_ON);
      expect(storedChoice()!.categories).to.deep.equal(ALL_ON);
    });

    it('rejectAll from undecided is decided with nothing changed', () => {
      const { model } = makeModel();
      const change = model.rejectAll('gpc');
      expect(change.changed).to.deep.equal([]);
      expect(change.source).to.equal('gpc');
      expect(model.state.decided).to.equal(true);
      expect(model.state.accepted).to.deep.equal(['necessary']);
      expect(storedChoice()!.categories).to.deep.equal(ALL_OFF);
    });

    it('rejectAll after acceptAll lists every optional category as changed', () => {
      const { model } = makeModel();
      model.acceptAll('banner');
      expect(model.rejectAll('preferences').changed).to.deep.equal(OPTIONAL);
      expect(storedChoice()!.categories).to.deep.equal(ALL_OFF);
    });
  });

  describe('adopt', () => {
    it('takes a valid choice made in another tab, without writing the cookie', () => {
      const { model, warnings } = makeModel();
      model.load();
      const change = model.adopt(encoded({ categories: { ...ALL_OFF, 'third-party': true } }), 'sync');
      expect(change).to.not.equal(null);
      expect(change!.source).to.equal('sync');
      expect(change!.changed).to.deep.equal(['third-party']);
      expect(model.state.decided).to.equal(true);
      expect(model.state.id).to.equal(ID);
      expect(model.state.accepted).to.deep.equal(['necessary', 'third-party']);
      expect(rawCookie()).to.equal(undefined);
      expect(warnings).to.deep.equal([]);
    });

    it('takes the encoding js-cookie writes', () => {
      const { model } = makeModel();
      const jsCookieEncoded = encoded().replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);
      expect(model.adopt(jsCookieEncoded, 'sync')!.state.accepted).to.deep.equal(['necessary', 'statistical']);
    });

    it('the same choice again changes nothing', () => {
      storeChoice(validChoice());
      const { model } = makeModel();
      model.load();
      expect(model.adopt(encoded(), 'sync')!.changed).to.deep.equal([]);
    });

    for (const [what, value] of [
      ['a tampered value', encoded({ categories: { necessary: false } })],
      ['another revision', encoded({ revision: 1 })],
      ['an expired value', encoded({ timestamp: new Date(Date.now() - 200 * DAY).toISOString() })],
      ['garbage', '%E0%A4%A'],
    ]) {
      it(`refuses ${what}: null, and the state stays as it was`, () => {
        storeChoice(validChoice());
        const { model } = makeModel();
        const before = model.load();
        expect(model.adopt(value, 'sync')).to.equal(null);
        expect(model.state).to.equal(before);
      });
    }
  });

  describe('forget', () => {
    it('deletes the cookie, is undecided again and lists what was on as changed', () => {
      storeChoice(validChoice({ categories: { ...ALL_OFF, statistical: true, 'third-party': true } }));
      const { model, warnings } = makeModel({ revision: 0 });
      model.load();
      const change = model.forget('api');
      expect(change.source).to.equal('api');
      expect(change.changed).to.deep.equal(['statistical', 'third-party']);
      expect(change.state).to.deep.equal({
        decided: false,
        categories: ALL_OFF,
        accepted: ['necessary'],
        revision: 0,
        timestamp: null,
        id: null,
        services: {},
        regime: 'opt-in',
        region: '',
      });
      expect(rawCookie()).to.equal(undefined);
      expect(makeModel().model.load().decided).to.equal(false);
      expect(warnings).to.deep.equal([]);
    });

    it('the next decision gets a new consent id', () => {
      const { model } = makeModel();
      const first = model.acceptAll('banner').state.id;
      model.forget('api');
      const second = model.rejectAll('banner').state.id;
      expect(second).to.match(UUID_V4);
      expect(second).to.not.equal(first);
    });

    it('on a page where document.cookie throws, still forgets the choice', () => {
      const { model } = makeModel();
      model.acceptAll('banner');
      const stub = throwingDocumentCookie();
      try {
        expect(model.forget('api').state.decided).to.equal(false);
      } finally {
        stub.restore();
      }
      expect(model.state.accepted).to.deep.equal(['necessary']);
    });
  });
});
