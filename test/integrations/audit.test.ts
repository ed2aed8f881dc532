import { expect } from '@open-wc/testing';
import { undecidedState, stateFromChoice } from '../../src/consent/state.js';
import { auditFindings } from '../../src/integrations/audit.js';

const CONTENT = {
  necessary: { cookies: [{ name: 'sessionid' }, { name: 'csrftoken' }] },
  statistical: { cookies: [{ name: '_pk_id.*' }] },
  'third-party': { cookies: [{ name: 'VISITOR_INFO1_LIVE' }] },
};
const OPTIONAL = ['statistical', 'third-party'];
const undecided = undecidedState(OPTIONAL, 0);
const statisticsAccepted = stateFromChoice(
  {
    version: 1,
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    revision: 0,
    timestamp: new Date().toISOString(),
    categories: { necessary: true, statistical: true, 'third-party': false },
  },
  OPTIONAL,
);

describe('the audit', () => {
  it('finds nothing wrong with necessary cookies and the consent cookie before any decision', () => {
    expect(
      auditFindings({
        cookies: ['sessionid', 'cookies_preferences'],
        storage: [],
        content: CONTENT,
        state: undecided,
        consentCookie: 'cookies_preferences',
      }),
    ).to.deep.equal([]);
  });

  it('reports a declared cookie that exists without consent for its category, and an undeclared one', () => {
    expect(
      auditFindings({
        cookies: ['_pk_id.1.abcd', '_hjid'],
        storage: [],
        content: CONTENT,
        state: undecided,
        consentCookie: 'cookies_preferences',
      }),
    ).to.deep.equal([
      { kind: 'without-consent', where: 'cookie', name: '_pk_id.1.abcd', category: 'statistical' },
      { kind: 'undeclared', where: 'cookie', name: '_hjid' },
    ]);
  });

  it('once its category is accepted, a declared cookie is fine', () => {
    expect(
      auditFindings({
        cookies: ['_pk_id.1.abcd'],
        storage: [],
        content: CONTENT,
        state: statisticsAccepted,
        consentCookie: 'cookies_preferences',
      }),
    ).to.deep.equal([]);
  });

  it('reports storage keys that no accepted category declares', () => {
    expect(
      auditFindings({
        cookies: [],
        storage: [
          { where: 'localStorage', name: 'csrftoken' },
          { where: 'localStorage', name: 'tracker_state' },
          { where: 'sessionStorage', name: 'VISITOR_INFO1_LIVE' },
        ],
        content: CONTENT,
        state: statisticsAccepted,
        consentCookie: 'cookies_preferences',
      }),
    ).to.deep.equal([
      { kind: 'without-consent', where: 'localStorage', name: 'tracker_state' },
      { kind: 'without-consent', where: 'sessionStorage', name: 'VISITOR_INFO1_LIVE', category: 'third-party' },
    ]);
  });
});
