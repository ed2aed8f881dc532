import { expect } from '@open-wc/testing';
import { undecidedState, stateFromChoice } from '../../src/consent/state.js';
import { audit, auditFindings } from '../../src/integrations/audit.js';
import { addConsent, captureWarnings, cleanPage, clearCookies, until } from '../helpers.js';

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

  it('reads the page once it has loaded, and says what it found in one warning', async () => {
    clearCookies();
    document.cookie = '_hjid=1; path=/';
    localStorage.setItem('tracker_state', '1');
    const warnings = captureWarnings();
    try {
      const findings = await audit({ content: CONTENT, state: undecided, cookieName: 'cookies_preferences' }, 0);
      expect(findings.map((finding) => finding.name)).to.include.members(['_hjid', 'tracker_state']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('cookie "_hjid": no category declares it');
    } finally {
      warnings.restore();
      localStorage.removeItem('tracker_state');
      clearCookies();
    }
  });

  it('says all is well, as information, when nothing is wrong', async () => {
    clearCookies();
    const info = console.info;
    const said: string[] = [];
    console.info = (message: string) => said.push(message);
    try {
      expect(await audit({ content: CONTENT, state: undecided, cookieName: 'cookies_preferences' }, 0)).to.deep.equal(
        [],
      );
      expect(said).to.have.length(1);
    } finally {
      console.info = info;
    }
  });

  it('the element runs it when its audit attribute is set, also after it has started', async () => {
    clearCookies();
    document.cookie = '_hjid=1; path=/';
    const warnings = captureWarnings();
    try {
      const element = await addConsent();
      element.audit = true;
      await until(() => warnings.messages.some((message) => message.includes('audit')), 'the audit', 4000);
      expect(warnings.messages.filter((message) => message.includes('audit'))).to.have.length(1);
    } finally {
      warnings.restore();
      cleanPage();
      clearCookies();
    }
  });
});
