import { expect } from '@open-wc/testing';
import { ConsentModel } from '../../src/consent/consent-model.js';
import { undecidedState, type ConsentState } from '../../src/consent/state.js';
import { cookieDomains, cookieMatcher } from '../../src/integrations/cleanup.js';
import { DEFAULT_CONSENT_TYPES, consentTypes, consentValues } from '../../src/integrations/consent-mode.js';
import { buildReceipt } from '../../src/integrations/receipts.js';
import { allows, nameList } from '../../src/integrations/controller.js';
import { encodeChoice } from '../../src/integrations/sync.js';

const OPTIONAL = ['statistical', 'first-party', 'third-party'];

function decided(categories: Record<string, boolean>): ConsentState {
  return {
    decided: true,
    categories: { necessary: true, ...categories },
    services: {},
    accepted: ['necessary', ...Object.keys(categories).filter((name) => categories[name])],
    revision: 3,
    timestamp: '2026-11-22T14:00:00.000Z',
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    regime: 'opt-in',
    region: '',
  };
}

describe('data-consent values', () => {
  it('lists space-separated categories, ignoring extra spaces', () => {
    expect(nameList('  statistical   third-party ')).to.deep.equal(['statistical', 'third-party']);
    expect(nameList(undefined)).to.deep.equal([]);
  });

  it('allow only when every listed category is accepted', () => {
    const state = decided({ statistical: true, 'third-party': false });
    expect(allows(state, 'statistical')).to.equal(true);
    expect(allows(state, 'necessary')).to.equal(true);
    expect(allows(state, 'statistical third-party')).to.equal(false);
  });

  it('never allow an empty value, an unknown category or a prototype name', () => {
    const state = decided({ statistical: true });
    for (const value of ['', '   ', 'marketing', 'constructor', '__proto__', 'toString']) {
      expect(allows(state, value), value).to.equal(false);
    }
  });
});

describe('cookie clean-up helpers', () => {
  it('match declared names exactly, and * as any run of characters', () => {
    const match = cookieMatcher(['_ga', '_pk_id.*', '*_consent_test', 'a.b']);
    expect(['_ga', '_pk_id.1.abcd', '_pk_id.', 'x_consent_test', 'a.b'].every(match)).to.equal(true);
    expect(['_gat', 'x_ga', '_pk_ses.1', 'aXb', '_pk_id'].some(match)).to.equal(false);
  });

  it('match nothing when nothing is declared, and treat regex characters literally', () => {
    expect(cookieMatcher([])('')).to.equal(false);
    expect(cookieMatcher([])('anything')).to.equal(false);
    const match = cookieMatcher(['a+(b)?[c]']);
    expect(match('a+(b)?[c]')).to.equal(true);
    expect(match('aab')).to.equal(false);
  });

  it('delete host-only, on the configured domain, and on the host and its parents but not the top level', () => {
    expect(cookieDomains('www.shop.example.org', '.example.org')).to.deep.equal([
      undefined,
      '.example.org',
      'www.shop.example.org',
      'shop.example.org',
      'example.org',
    ]);
    expect(cookieDomains('localhost')).to.deep.equal([undefined, 'localhost']);
    expect(cookieDomains('example.org', '')).to.deep.equal([undefined, 'example.org']);
  });
});

describe('Consent Mode mapping', () => {
  it('uses the documented defaults, and a category’s configured list instead', () => {
    const types = consentTypes({
      necessary: {},
      statistical: {},
      'first-party': {},
      'third-party': { consentMode: ['ad_storage'] },
    });
    expect(types).to.deep.equal({
      necessary: ['functionality_storage', 'security_storage'],
      statistical: ['analytics_storage'],
      'first-party': [],
      'third-party': ['ad_storage'],
    });
    expect(DEFAULT_CONSENT_TYPES['third-party']).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('denies every optional type while undecided, and grants the necessary ones', () => {
    const types = consentTypes({ necessary: {}, statistical: {}, 'third-party': {} });
    expect(consentValues(types, undecidedState(OPTIONAL, 0).categories)).to.deep.equal({
      functionality_storage: 'granted',
      security_storage: 'granted',
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('grants a type as soon as one accepted category maps it', () => {
    const types = {
      statistical: ['analytics_storage'],
      'first-party': ['analytics_storage', 'personalization_storage'],
    };
    expect(consentValues(types, { statistical: false, 'first-party': true })).to.deep.equal({
      analytics_storage: 'granted',
      personalization_storage: 'granted',
    });
    expect(consentValues(types, { statistical: true, 'first-party': false })).to.deep.equal({
      analytics_storage: 'granted',
      personalization_storage: 'denied',
    });
  });
});

describe('consent receipts', () => {
  it('hold the decision and the page without query string, fragment or user agent', () => {
    const state = decided({ statistical: true, 'third-party': false });
    const page = new URL('https://example.org/shop/cart?session=secret#top') as unknown as Location;
    const receipt = buildReceipt({ state, changed: ['statistical'], source: 'banner' }, page);
    expect(receipt).to.deep.equal({
      id: state.id,
      revision: 3,
      timestamp: state.timestamp,
      categories: { necessary: true, statistical: true, 'third-party': false },
      regime: 'opt-in',
      region: '',
      source: 'banner',
      url: 'https://example.org/shop/cart',
    });
    expect(JSON.stringify(receipt)).not.to.match(/secret|Mozilla|userAgent/);
  });
});

describe('cross-tab messages', () => {
  it('carry a choice that another tab’s model adopts as if read from the cookie', () => {
    const state = decided({ statistical: true, 'first-party': false, 'third-party': true });
    const other = new ConsentModel(
      OPTIONAL,
      { name: 'cookies_preferences', path: '/', expiresDays: 182, revision: 3 },
      () => {},
    );
    const change = other.adopt(encodeChoice({ ...state, timestamp: new Date().toISOString() }), 'sync')!;
    expect(change.source).to.equal('sync');
    expect(change.state.accepted).to.deep.equal(['necessary', 'statistical', 'third-party']);
    expect(change.changed).to.deep.equal(['statistical', 'third-party']);
  });
});
