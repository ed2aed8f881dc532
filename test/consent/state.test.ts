import { expect } from '@open-wc/testing';
import {
  allCategories,
  changedCategories,
  newChoice,
  selectCategories,
  stateFromChoice,
  undecidedState,
  uuidV4,
  type StoredChoice,
} from '../../src/consent/state.js';
import { ID, OPTIONAL } from './helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function choice(categories: Record<string, boolean>, overrides: Partial<StoredChoice> = {}): StoredChoice {
  return { version: 1, id: ID, revision: 0, timestamp: '2026-11-22T14:00:00.000Z', categories, ...overrides };
}

describe('selectCategories', () => {
  it('turns on exactly the optional categories given as true, necessary always on', () => {
    expect(selectCategories(OPTIONAL, { statistical: true, 'third-party': true })).to.deep.equal({
      necessary: true,
      statistical: true,
      'first-party': false,
      'third-party': true,
    });
  });

  it('lists necessary first, then the optional categories in their configured order', () => {
    expect(Object.keys(selectCategories(['b', 'a'], { a: true }))).to.deep.equal(['necessary', 'b', 'a']);
  });

  it('anything but the boolean true means off (truthy strings, 1, objects)', () => {
    const categories = selectCategories(OPTIONAL, { statistical: 'true', 'first-party': 1, 'third-party': {} });
    expect(categories).to.deep.equal({
      necessary: true,
      statistical: false,
      'first-party': false,
      'third-party': false,
    });
  });

  it('drops names that are not configured optional categories', () => {
    const categories = selectCategories(['statistical'], { statistical: true, ads: true });
    expect(categories).to.deep.equal({ necessary: true, statistical: true });
  });

  it('cannot turn necessary off', () => {
    expect(selectCategories(OPTIONAL, { necessary: false }).necessary).to.equal(true);
  });

  it('ignores values inherited from the prototype of the selection', () => {
    const selection = Object.create({ statistical: true }) as Record<string, unknown>;
    expect(selectCategories(OPTIONAL, selection).statistical).to.equal(false);
  });

  it('with no optional categories gives necessary alone', () => {
    expect(selectCategories([], { statistical: true })).to.deep.equal({ necessary: true });
  });
});

describe('allCategories', () => {
  it('true turns every optional category on', () => {
    expect(allCategories(OPTIONAL, true)).to.deep.equal({
      necessary: true,
      statistical: true,
      'first-party': true,
      'third-party': true,
    });
  });

  it('false turns every optional category off but keeps necessary on', () => {
    expect(allCategories(OPTIONAL, false)).to.deep.equal({
      necessary: true,
      statistical: false,
      'first-party': false,
      'third-party': false,
    });
  });
});

describe('undecidedState', () => {
  it('is not decided, has every optional category off and only necessary accepted', () => {
    const state = undecidedState(OPTIONAL, 3);
    expect(state).to.deep.equal({
      decided: false,
      categories: { necessary: true, statistical: false, 'first-party': false, 'third-party': false },
      accepted: ['necessary'],
      revision: 3,
      timestamp: null,
      id: null,
      services: {},
      regime: 'opt-in',
      region: '',
    });
  });
});

describe('stateFromChoice', () => {
  it("is decided and carries the choice's id, revision and timestamp", () => {
    const state = stateFromChoice(
      choice({ necessary: true, statistical: true, 'first-party': false, 'third-party': true }, { revision: 2 }),
      OPTIONAL,
    );
    expect(state).to.deep.equal({
      decided: true,
      categories: { necessary: true, statistical: true, 'first-party': false, 'third-party': true },
      accepted: ['necessary', 'statistical', 'third-party'],
      revision: 2,
      timestamp: '2026-11-22T14:00:00.000Z',
      id: ID,
      services: {},
      regime: 'opt-in',
      region: '',
    });
  });

  it('a category configured today but missing from the choice is off', () => {
    const state = stateFromChoice(choice({ necessary: true, statistical: true }), OPTIONAL);
    expect(state.categories['third-party']).to.equal(false);
    expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
  });

  it('a category in the choice that is no longer configured is dropped', () => {
    const state = stateFromChoice(choice({ necessary: true, statistical: true, ads: true }), ['statistical']);
    expect(state.categories).to.deep.equal({ necessary: true, statistical: true });
    expect(state.accepted).to.deep.equal(['necessary', 'statistical']);
  });

  it('does not share the categories object of the choice', () => {
    const categories = { necessary: true, statistical: true };
    const state = stateFromChoice(choice(categories), ['statistical']);
    categories.statistical = false;
    expect(state.categories.statistical).to.equal(true);
  });
});

describe('states are frozen', () => {
  for (const [name, state] of [
    ['an undecided state', undecidedState(OPTIONAL, 0)],
    ['a decided state', stateFromChoice(choice({ necessary: true, statistical: true }), OPTIONAL)],
  ] as const) {
    it(`${name}: the state, its categories and its accepted list cannot be changed`, () => {
      expect(Object.isFrozen(state)).to.equal(true);
      expect(Object.isFrozen(state.categories)).to.equal(true);
      expect(Object.isFrozen(state.accepted)).to.equal(true);
      const writable = state as unknown as {
        decided: boolean;
        categories: Record<string, boolean>;
        accepted: string[];
      };
      expect(() => (writable.categories.statistical = !writable.categories.statistical)).to.throw(TypeError);
      expect(() => (writable.decided = !writable.decided)).to.throw(TypeError);
      expect(() => writable.accepted.push('third-party')).to.throw(TypeError);
      expect(state.accepted).to.not.include('third-party');
    });
  }
});

describe('changedCategories', () => {
  const undecided = undecidedState(OPTIONAL, 0);
  const decide = (categories: Record<string, boolean>) => stateFromChoice(choice(categories), OPTIONAL);

  it('from undecided, lists the categories turned on (undecided counts as all off)', () => {
    expect(changedCategories(undecided, decide(allCategories(OPTIONAL, true)))).to.deep.equal(OPTIONAL);
  });

  it('from undecided to reject all, nothing changed', () => {
    expect(changedCategories(undecided, decide(allCategories(OPTIONAL, false)))).to.deep.equal([]);
  });

  it('lists categories turned off as well as on, never necessary', () => {
    const before = decide({ necessary: true, statistical: true, 'first-party': false, 'third-party': false });
    const after = decide({ necessary: true, statistical: false, 'first-party': true, 'third-party': false });
    expect(changedCategories(before, after)).to.deep.equal(['statistical', 'first-party']);
  });

  it('back to undecided lists the categories that were on', () => {
    const before = decide({ necessary: true, statistical: false, 'first-party': true, 'third-party': true });
    expect(changedCategories(before, undecided)).to.deep.equal(['first-party', 'third-party']);
  });

  it('the same choice again changes nothing', () => {
    const categories = { necessary: true, statistical: true, 'first-party': false, 'third-party': true };
    expect(changedCategories(decide(categories), decide(categories))).to.deep.equal([]);
  });

  it('a category present on one side only counts as off on the other', () => {
    const before = stateFromChoice(choice({ necessary: true, old: true }), ['old']);
    const after = stateFromChoice(choice({ necessary: true, fresh: false, brand: true }), ['fresh', 'brand']);
    expect(changedCategories(before, after)).to.deep.equal(['old', 'brand']);
  });
});

describe('uuidV4', () => {
  it('is a lowercase RFC 4122 version 4 UUID', () => {
    for (let i = 0; i < 50; i++) expect(uuidV4()).to.match(UUID_V4);
  });

  it('differs from one call to the next', () => {
    const ids = new Set(Array.from({ length: 100 }, () => uuidV4()));
    expect(ids.size).to.equal(100);
  });
});

describe('newChoice', () => {
  const categories = { necessary: true, statistical: true };

  it('keeps a given id, so that receipts of one visitor link up', () => {
    expect(newChoice(categories, 0, ID).id).to.equal(ID);
  });

  it('makes a new UUID v4 when no id is given', () => {
    expect(newChoice(categories, 0).id).to.match(UUID_V4);
    expect(newChoice(categories, 0, null).id).to.match(UUID_V4);
  });

  it('is version 1 with the revision, the ISO timestamp of `now` and the categories, keys in SPEC order', () => {
    const made = newChoice(categories, 4, ID, Date.UTC(2026, 10, 22, 14));
    expect(made).to.deep.equal({
      version: 1,
      id: ID,
      revision: 4,
      timestamp: '2026-11-22T14:00:00.000Z',
      categories: { necessary: true, statistical: true },
    });
    expect(Object.keys(made)).to.deep.equal(['version', 'id', 'revision', 'timestamp', 'categories']);
  });

  it('stamps the current time by default', () => {
    const before = Date.now();
    const stamped = Date.parse(newChoice(categories, 0).timestamp);
    expect(stamped).to.be.within(before, Date.now());
  });
});
