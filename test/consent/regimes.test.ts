import { expect } from '@open-wc/testing';
import { ConsentModel } from '../../src/consent/consent-model.js';
import {
  acceptsByDefault,
  changedCategories,
  newChoice,
  OPT_IN,
  stateFromChoice,
  undecidedState,
  type Regime,
  type RegimeContext,
  type ServiceMap,
} from '../../src/consent/state.js';
import { encodedLength, longestEncodedChoice, parseStoredChoice, serializeChoice } from '../../src/consent/store.js';
import { clearCookies, storeChoice, storedChoice, validChoice } from '../helpers.js';
import { ID, OPTIONAL, storeOptions } from './helpers.js';

const ALL_OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };
const ALL_ON = { necessary: true, statistical: true, 'first-party': true, 'third-party': true };
const SERVICES: ServiceMap = { 'third-party': ['youtube', 'vimeo'] };

const context = (regime: Regime, gpc = false, region = ''): RegimeContext => ({ regime, region, gpc });

/** A model as `<cookie-consent>` makes one under a regime, with its warnings collected. */
function makeModel(regime: RegimeContext = OPT_IN, services: ServiceMap = {}) {
  const warnings: string[] = [];
  const model = new ConsentModel(OPTIONAL, storeOptions(), (message) => warnings.push(message), services, regime);
  return { model, warnings };
}

/** The encoded value another tab would have written. */
const encoded = (overrides: Record<string, unknown> = {}) => encodeURIComponent(JSON.stringify(validChoice(overrides)));

describe('regimes: the defaults of an undecided visitor', () => {
  beforeEach(() => clearCookies());

  for (const [regime, gpc, categories, accepted] of [
    ['opt-in', false, ALL_OFF, ['necessary']],
    ['opt-in', true, ALL_OFF, ['necessary']],
    ['opt-out', false, ALL_ON, ['necessary', ...OPTIONAL]],
    ['opt-out', true, ALL_OFF, ['necessary']],
    ['none', false, ALL_ON, ['necessary', ...OPTIONAL]],
    ['none', true, ALL_OFF, ['necessary']],
  ] as const) {
    it(`under ${regime}${gpc ? ' with Global Privacy Control' : ''}, optional categories are ${categories.statistical ? 'accepted' : 'refused'}, nothing stored`, () => {
      const { model, warnings } = makeModel(context(regime, gpc, 'US'));
      const state = model.load();
      expect(state).to.deep.equal({
        decided: false,
        categories,
        services: {},
        accepted,
        revision: 0,
        timestamp: null,
        id: null,
        regime,
        region: 'US',
      });
      expect(acceptsByDefault(context(regime, gpc))).to.equal(categories.statistical);
      expect(storedChoice()).to.equal(undefined);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('under opt-out, every service counts as accepted too; with GPC none does', () => {
    expect(undecidedState(OPTIONAL, 0, SERVICES, context('opt-out')).services).to.deep.equal({
      youtube: true,
      vimeo: true,
    });
    const refused = undecidedState(OPTIONAL, 0, SERVICES, context('opt-out', true));
    expect(refused.services).to.deep.equal({ youtube: false, vimeo: false });
    expect(refused.accepted).to.deep.equal(['necessary']);
  });

  it('without a context, the defaults are opt-in ones (the model before regimes)', () => {
    expect(undecidedState(OPTIONAL, 0)).to.deep.equal(undecidedState(OPTIONAL, 0, {}, OPT_IN));
    expect(makeModel().model.state.regime).to.equal('opt-in');
  });
});

describe('regimes: the stored choice records its regime', () => {
  beforeEach(() => clearCookies());

  for (const [regime, stored] of [
    ['opt-in', undefined],
    ['opt-out', 'opt-out'],
    ['none', 'none'],
  ] as const) {
    it(`a decision under ${regime} is stored ${stored ? `with "regime":"${stored}"` : 'without "regime"'}`, () => {
      const { model } = makeModel(context(regime));
      model.rejectAll('banner');
      const choice = storedChoice()!;
      expect(choice.regime).to.equal(stored);
      expect(Object.keys(choice)).to.deep.equal([
        'version',
        'id',
        'revision',
        'timestamp',
        'categories',
        ...(stored ? ['regime'] : []),
      ]);
    });
  }

  it('the regime is written last, after the services, as SPEC shows it', () => {
    const { model } = makeModel(context('opt-out'), SERVICES);
    model.acceptAll('banner');
    expect(Object.keys(storedChoice()!)).to.deep.equal([
      'version',
      'id',
      'revision',
      'timestamp',
      'categories',
      'services',
      'regime',
    ]);
  });

  it('newChoice leaves the regime out for opt-in and names it otherwise', () => {
    expect(newChoice(ALL_OFF, 0, ID, 0)).not.to.have.property('regime');
    expect(newChoice(ALL_OFF, 0, ID, 0, undefined, 'opt-in')).not.to.have.property('regime');
    expect(newChoice(ALL_OFF, 0, ID, 0, undefined, 'opt-out').regime).to.equal('opt-out');
    expect(newChoice(ALL_OFF, 0, ID, 0, undefined, 'none').regime).to.equal('none');
  });

  it('a stored regime is read back as it was written', () => {
    for (const regime of ['opt-out', 'none'] as const) {
      const value = serializeChoice(newChoice(ALL_ON, 0, ID, Date.now(), undefined, regime));
      expect(parseStoredChoice(encodeURIComponent(value), storeOptions()).choice!.regime).to.equal(regime);
    }
  });

  it('the longest choice the cookie must hold counts the regime', () => {
    const withRegime = longestEncodedChoice(OPTIONAL, 0);
    const plain = serializeChoice(newChoice(ALL_OFF, 0, '00000000-0000-4000-8000-000000000000', 0));
    expect(withRegime).to.equal(encodedLength(plain.replace(/}$/, ',"regime":"opt-out"}')));
  });
});

describe('regimes: which stored choices hold', () => {
  beforeEach(() => clearCookies());

  // [what was stored, the regime it was made under (none: opt-in), where it is read, holds?]
  const CASES: [string, Record<string, boolean>, Regime | undefined, Regime, boolean][] = [
    ['a grant', ALL_ON, 'opt-out', 'opt-in', false],
    ['a partial grant', { ...ALL_OFF, statistical: true }, 'opt-out', 'opt-in', false],
    ['a grant', ALL_ON, 'none', 'opt-in', false],
    ['a refusal', ALL_OFF, 'opt-out', 'opt-in', true],
    ['a refusal', ALL_OFF, 'none', 'opt-in', true],
    ['a grant', ALL_ON, undefined, 'opt-in', true],
    ['a grant', ALL_ON, undefined, 'opt-out', true],
    ['a refusal', ALL_OFF, undefined, 'opt-out', true],
    ['a grant', ALL_ON, 'opt-out', 'opt-out', true],
    ['a refusal', ALL_OFF, 'opt-out', 'opt-out', true],
    ['a grant', ALL_ON, 'none', 'opt-out', true],
    ['a grant', ALL_ON, 'opt-out', 'none', true],
    ['a refusal', ALL_OFF, undefined, 'none', true],
  ];

  for (const [what, categories, madeUnder, readUnder, holds] of CASES) {
    it(`${what} made under ${madeUnder ?? 'opt-in'} ${holds ? 'holds' : 'is asked again'} under ${readUnder}`, () => {
      storeChoice(validChoice({ categories, ...(madeUnder ? { regime: madeUnder } : {}) }));
      const { model, warnings } = makeModel(context(readUnder));
      const state = model.load();
      expect(state.decided).to.equal(holds);
      expect(state.categories).to.deep.equal(holds ? categories : readUnder === 'opt-in' ? ALL_OFF : ALL_ON);
      expect(state.regime).to.equal(readUnder);
      // Asked again is normal life, not bad input: nothing to warn about.
      expect(warnings).to.deep.equal([]);
    });
  }

  it('a grant of one service alone made under opt-out is asked again under opt-in', () => {
    storeChoice(validChoice({ categories: ALL_OFF, services: { youtube: true, vimeo: false }, regime: 'opt-out' }));
    expect(makeModel(OPT_IN, SERVICES).model.load().decided).to.equal(false);
    storeChoice(validChoice({ categories: ALL_OFF, services: { youtube: false, vimeo: false }, regime: 'opt-out' }));
    expect(makeModel(OPT_IN, SERVICES).model.load().decided).to.equal(true);
  });

  it("under opt-in, another tab's grant made under opt-out is not adopted; its refusal is", () => {
    const { model } = makeModel(OPT_IN);
    model.load();
    expect(model.adopt(encoded({ categories: ALL_ON, regime: 'opt-out' }), 'sync')).to.equal(null);
    expect(model.state.decided).to.equal(false);
    const change = model.adopt(encoded({ categories: ALL_OFF, regime: 'opt-out' }), 'sync')!;
    expect(change.state.decided).to.equal(true);
    expect(change.changed).to.deep.equal([]);
  });

  it("under opt-out, another tab's opt-out refusal is adopted and changes every optional category", () => {
    const { model } = makeModel(context('opt-out'));
    model.load();
    const change = model.adopt(encoded({ categories: ALL_OFF, regime: 'opt-out' }), 'sync')!;
    expect(change.source).to.equal('sync');
    expect(change.changed).to.deep.equal(OPTIONAL);
    expect(change.state.accepted).to.deep.equal(['necessary']);
  });

  it('a stored choice keeps its categories whatever the regime; the state names the regime in force', () => {
    const choice = newChoice({ ...ALL_OFF, statistical: true }, 0, ID, Date.now(), undefined, 'opt-out');
    const state = stateFromChoice(choice, OPTIONAL, {}, context('opt-out', false, 'US-CA'));
    expect(state).to.include({ decided: true, regime: 'opt-out', region: 'US-CA', id: ID });
    expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
  });
});

describe('regimes: a tampered "regime" in the stored choice', () => {
  beforeEach(() => clearCookies());

  for (const regime of [
    'opt-in',
    'OPT-OUT',
    'Opt-Out',
    '',
    'gdpr',
    'auto',
    null,
    1,
    true,
    ['opt-out'],
    { regime: 'none' },
  ]) {
    it(`${JSON.stringify(regime)} makes the choice invalid: one warning naming it, and asked again`, () => {
      storeChoice(validChoice({ categories: ALL_OFF, regime }));
      for (const where of ['opt-in', 'opt-out'] as const) {
        const { model, warnings } = makeModel(context(where));
        const state = model.load();
        expect(state.decided, where).to.equal(false);
        expect(warnings, where).to.deep.equal([
          `ignored the stored choice in the "cookies_preferences" cookie: regime ${JSON.stringify(regime)} is not opt-out or none`,
        ]);
      }
    });
  }

  it('a tampered regime under opt-out counts at the defaults (accepted), under opt-in as refused', () => {
    storeChoice(validChoice({ categories: ALL_OFF, regime: 'tampered' }));
    expect(makeModel(context('opt-out')).model.load().categories).to.deep.equal(ALL_ON);
    expect(makeModel(OPT_IN).model.load().categories).to.deep.equal(ALL_OFF);
  });
});

describe('regimes: "changed" is measured from the regime\'s defaults', () => {
  beforeEach(() => clearCookies());

  it('acknowledging under opt-out (recording the defaults) changes nothing', () => {
    const { model } = makeModel(context('opt-out'));
    const state = model.load();
    const change = model.record({ ...state.categories, ...state.services }, 'banner');
    expect(change.changed).to.deep.equal([]);
    expect(change.state.decided).to.equal(true);
    expect(change.state.accepted).to.deep.equal(['necessary', ...OPTIONAL]);
    expect(storedChoice()).to.include({ regime: 'opt-out' });
    expect(storedChoice()!.categories).to.deep.equal(ALL_ON);
  });

  it('acknowledging under opt-out with services changes nothing either', () => {
    const { model } = makeModel(context('opt-out'), SERVICES);
    const state = model.load();
    expect(model.record({ ...state.categories, ...state.services }, 'banner').changed).to.deep.equal([]);
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: true });
  });

  it('opting out under opt-out changes every optional category (and service)', () => {
    const { model } = makeModel(context('opt-out'), SERVICES);
    model.load();
    const change = model.rejectAll('banner');
    expect(change.changed).to.deep.equal([...OPTIONAL, 'youtube', 'vimeo']);
    expect(change.state.accepted).to.deep.equal(['necessary']);
  });

  it('accepting all under opt-out or none changes nothing; under opt-in, everything', () => {
    for (const [regime, changed] of [
      ['opt-out', []],
      ['none', []],
      ['opt-in', OPTIONAL],
    ] as const) {
      clearCookies();
      const { model } = makeModel(context(regime));
      model.load();
      expect(model.acceptAll('api').changed, regime).to.deep.equal(changed);
    }
  });

  it('with GPC under opt-out, the gpc refusal changes nothing (the defaults were refusals already)', () => {
    const { model } = makeModel(context('opt-out', true));
    model.load();
    const change = model.rejectAll('gpc');
    expect(change).to.deep.include({ changed: [], source: 'gpc' });
    expect(storedChoice()).to.include({ regime: 'opt-out' });
  });

  it('forgetting a refusal under opt-out changes every optional category back to the defaults', () => {
    const { model } = makeModel(context('opt-out'));
    model.load();
    model.rejectAll('banner');
    const change = model.forget('api');
    expect(change.changed).to.deep.equal(OPTIONAL);
    expect(change.state).to.include({ decided: false, regime: 'opt-out' });
    expect(change.state.categories).to.deep.equal(ALL_ON);
  });

  it('changedCategories compares the values only: from opt-in defaults to opt-out defaults, everything', () => {
    expect(
      changedCategories(undecidedState(OPTIONAL, 0), undecidedState(OPTIONAL, 0, {}, context('opt-out'))),
    ).to.deep.equal(OPTIONAL);
  });
});

describe('regimes: reconfigure with a new regime context', () => {
  beforeEach(() => clearCookies());

  const reconfigure = (model: ConsentModel, regime: RegimeContext, services: ServiceMap = {}) =>
    model.reconfigure(OPTIONAL, storeOptions(), 'api', services, regime);

  it('from opt-in to opt-out, undecided: a change listing every optional category, the state at the new defaults', () => {
    const { model } = makeModel(OPT_IN);
    model.load();
    const change = reconfigure(model, context('opt-out', false, 'US'))!;
    expect(change.source).to.equal('api');
    expect(change.changed).to.deep.equal(OPTIONAL);
    expect(change.state).to.include({ decided: false, regime: 'opt-out', region: 'US' });
    expect(change.state.categories).to.deep.equal(ALL_ON);
    expect(model.state).to.equal(change.state);
    expect(model.context).to.deep.equal(context('opt-out', false, 'US'));
  });

  it('from opt-out back to opt-in, undecided: every optional category changes back', () => {
    const { model } = makeModel(context('opt-out'));
    model.load();
    const change = reconfigure(model, OPT_IN)!;
    expect(change.changed).to.deep.equal(OPTIONAL);
    expect(change.state.accepted).to.deep.equal(['necessary']);
  });

  it('from opt-out to opt-out with GPC: every optional category becomes a refusal', () => {
    const { model } = makeModel(context('opt-out'), SERVICES);
    model.load();
    expect(reconfigure(model, context('opt-out', true), SERVICES)!.changed).to.deep.equal([
      ...OPTIONAL,
      'youtube',
      'vimeo',
    ]);
  });

  it('from opt-out to none: the same defaults, no change', () => {
    const { model } = makeModel(context('opt-out'));
    model.load();
    expect(reconfigure(model, context('none'))).to.equal(null);
    expect(model.state.regime).to.equal('none');
  });

  it('from opt-out to opt-in after an "OK" under opt-out: the grant no longer holds, asked again, every category changes', () => {
    const { model } = makeModel(context('opt-out'));
    model.load();
    model.acceptAll('banner');
    const change = reconfigure(model, OPT_IN)!;
    expect(change.changed).to.deep.equal(OPTIONAL);
    expect(change.state).to.include({ decided: false, regime: 'opt-in' });
  });

  it('a refusal stored under opt-in stays decided under opt-out: no change, the regime in force updated', () => {
    const { model } = makeModel(OPT_IN);
    model.load();
    model.rejectAll('banner');
    expect(reconfigure(model, context('opt-out', false, 'US'))).to.equal(null);
    expect(model.state).to.include({ decided: true, regime: 'opt-out', region: 'US' });
    expect(model.state.categories).to.deep.equal(ALL_OFF);
  });
});
