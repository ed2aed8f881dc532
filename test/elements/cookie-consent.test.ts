import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeDetail, ConsentState } from '../../src/consent/state.js';
import {
  addConsent,
  captureWarnings,
  cleanPage,
  clearCookies,
  nextEvent,
  openDialog,
  part,
  parts,
  setRawCookie,
  storeChoice,
  storedChoice,
  until,
  validChoice,
} from '../helpers.js';

const ALL_OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };
const ALL_ON = { necessary: true, statistical: true, 'first-party': true, 'third-party': true };

describe('<cookie-consent> first layer', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('shows the banner when there is no stored choice, with nothing optional accepted', async () => {
    const element = await addConsent();
    expect(element.open).to.equal(true);
    expect(element.hasAttribute('open')).to.equal(true);
    expect(part(element, 'banner')!.getAttribute('role')).to.equal('region');
    expect(element.state.decided).to.equal(false);
    expect(element.state.accepted).to.deep.equal(['necessary']);
    expect(element.state.categories).to.deep.equal(ALL_OFF);
  });

  it('offers accept all, reject all and customize, and no close button', async () => {
    const element = await addConsent();
    const banner = part(element, 'banner')!;
    const labels = [...banner.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(labels).to.deep.equal(['Accept all', 'Reject all', 'Customize']);
  });

  it('accepting all writes a cookie with every optional category true and hides the banner', async () => {
    const element = await addConsent();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(element, 'accept-all')!.click();
    const { detail } = await change;
    expect(detail.source).to.equal('banner');
    expect(detail.changed).to.deep.equal(['statistical', 'first-party', 'third-party']);
    expect(detail.state.decided).to.equal(true);
    expect(storedChoice()!.categories).to.deep.equal(ALL_ON);
    await element.updateComplete;
    expect(element.open).to.equal(false);
    expect(parts(element, 'banner')).to.have.length(0);
  });

  it('rejecting all writes a cookie with every optional category false and reports no change', async () => {
    const element = await addConsent();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(element, 'reject-all')!.click();
    const { detail } = await change;
    expect(detail.changed).to.deep.equal([]);
    expect(detail.state.accepted).to.deep.equal(['necessary']);
    expect(storedChoice()!.categories).to.deep.equal(ALL_OFF);
  });

  it('links the policy only when policy-url is http(s) or relative', async () => {
    const relative = await addConsent('<cookie-consent policy-url="/cookies"></cookie-consent>');
    expect(part(relative, 'policy-link')!.getAttribute('href')).to.equal('/cookies');
    cleanPage();
    const warnings = captureWarnings();
    try {
      const hostile = await addConsent('<cookie-consent policy-url="javascript:alert(1)"></cookie-consent>');
      expect(part(hostile, 'policy-link')).to.equal(null);
      expect(warnings.messages.filter((message) => message.includes('policy-url'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('removing the open attribute hides the banner and setting it shows it again', async () => {
    const element = await addConsent();
    element.removeAttribute('open');
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    element.open = true;
    await element.updateComplete;
    expect(part(element, 'banner')).to.exist;
  });

  it('renders configured texts as text, never as HTML', async () => {
    const element = await addConsent(`<cookie-consent>
      <script type="application/json">{ "texts": { "en": { "title": "<img src=x onerror=alert(1)>Hello" } } }</script>
    </cookie-consent>`);
    const title = part(element, 'title')!;
    expect(title.textContent).to.equal('<img src=x onerror=alert(1)>Hello');
    expect(title.querySelector('img')).to.equal(null);
  });
});

describe('<cookie-consent> with a stored choice', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('a valid stored choice hides the banner and is reported by consent-ready, not consent-change', async () => {
    storeChoice(validChoice());
    const changes: Event[] = [];
    const onChange = (event: Event) => changes.push(event);
    document.addEventListener('consent-change', onChange);
    const element = await addConsent();
    document.removeEventListener('consent-change', onChange);
    expect(element.open).to.equal(false);
    expect(element.state.decided).to.equal(true);
    expect(element.state.accepted).to.deep.equal(['necessary', 'statistical']);
    expect(element.state.id).to.equal('3b241101-e2bb-4255-8caf-4136c566a962');
    expect(changes).to.have.length(0);
  });

  it('a choice stored under another revision asks again, quietly', async () => {
    storeChoice(validChoice({ revision: 1 }));
    const warnings = captureWarnings();
    try {
      const element = await addConsent('<cookie-consent revision="2"></cookie-consent>');
      expect(element.open).to.equal(true);
      expect(element.state.accepted).to.deep.equal(['necessary']);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('an expired choice asks again', async () => {
    storeChoice(validChoice({ timestamp: new Date(Date.now() - 10 * 864e5).toISOString() }));
    const element = await addConsent('<cookie-consent expires-days="7"></cookie-consent>');
    expect(element.open).to.equal(true);
    expect(element.state.decided).to.equal(false);
  });

  it('a tampered cookie warns once, shows the banner and reports nothing optional accepted', async () => {
    storeChoice(validChoice({ categories: { necessary: true, statistical: 'yes' } }));
    const warnings = captureWarnings();
    try {
      const element = await addConsent();
      expect(element.open).to.equal(true);
      expect(element.state.accepted).to.deep.equal(['necessary']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('cookies_preferences');
    } finally {
      warnings.restore();
    }
  });

  it('an oversized cookie is ignored with a warning', async () => {
    setRawCookie(encodeURIComponent(JSON.stringify(validChoice({ padding: 'x'.repeat(2100) }))));
    const warnings = captureWarnings();
    try {
      const element = await addConsent();
      expect(element.state.decided).to.equal(false);
      expect(warnings.messages.join()).to.include('2048');
    } finally {
      warnings.restore();
    }
  });

  it("deciding again keeps the visitor's consent id", async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    window.cookieConsent!.rejectAll();
    await element.updateComplete;
    expect(storedChoice()!.id).to.equal('3b241101-e2bb-4255-8caf-4136c566a962');
  });
});

describe('<cookie-consent> preferences dialog', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  async function openPreferences() {
    const element = await addConsent(`<cookie-consent>
      <script type="application/json">{ "categories": { "statistical": {
        "label": { "en": "Audience", "fr": "Audience" },
        "description": "Anonymized audience measurement.",
        "cookies": [ { "name": "_pk_id.*", "provider": "Matomo", "purpose": { "en": "Visitor id" }, "duration": "13 months" } ] } } }</script>
    </cookie-consent>`);
    part(element, 'customize')!.click();
    await openDialog(element);
    return element;
  }

  it('opens as a modal dialog with one switch per category, necessary on and disabled, nothing optional ticked', async () => {
    const element = await openPreferences();
    const dialog = part<HTMLDialogElement>(element, 'preferences')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const switches = parts<HTMLInputElement>(element, 'switch');
    expect(switches.map((input) => input.getAttribute('role'))).to.deep.equal(['switch', 'switch', 'switch', 'switch']);
    expect(switches.map((input) => input.checked)).to.deep.equal([true, false, false, false]);
    expect(switches.map((input) => input.disabled)).to.deep.equal([true, false, false, false]);
  });

  it('labels each switch with its category and describes it', async () => {
    const element = await openPreferences();
    const statistical = parts<HTMLInputElement>(element, 'switch')[1];
    expect(statistical.labels![0].textContent).to.equal('Audience');
    const description = element.shadowRoot!.getElementById(statistical.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('Anonymized audience measurement.');
  });

  it('shows the cookie table of a category behind a closed disclosure that says how many cookies it has', async () => {
    const element = await openPreferences();
    const table = part(element, 'cookie-table')!;
    const details = table.closest('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('Cookies: 1');
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Cookies of the category “Audience”');
    const heads = [...table.querySelectorAll('th')].map((cell) => cell.textContent);
    expect(heads).to.deep.equal(['Cookie', 'Provider', 'Function and location', 'Purpose', 'Duration']);
    const cells = [...table.querySelectorAll('tbody td')].map((cell) => cell.textContent!.trim());
    expect(cells).to.deep.equal(['_pk_id.*', 'Matomo', '', 'Visitor id', '13 months']);
  });

  it('saving turns on exactly the switched-on categories', async () => {
    const element = await openPreferences();
    parts<HTMLInputElement>(element, 'switch')[3].click();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(element, 'save')!.click();
    const { detail } = await change;
    expect(detail.source).to.equal('preferences');
    expect(detail.changed).to.deep.equal(['third-party']);
    expect(storedChoice()!.categories).to.deep.equal({ ...ALL_OFF, 'third-party': true });
    await element.updateComplete;
    expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(false);
    expect(element.open).to.equal(false);
  });

  it('closing without saving records nothing and keeps the banner', async () => {
    const element = await openPreferences();
    parts<HTMLInputElement>(element, 'switch')[1].click();
    part(element, 'close')!.click();
    await element.updateComplete;
    expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(false);
    expect(storedChoice()).to.equal(undefined);
    expect(element.open).to.equal(true);
  });

  it('Escape closes the dialog and gives focus back to the button that opened it', async () => {
    const element = await addConsent();
    const customize = part<HTMLButtonElement>(element, 'customize')!;
    customize.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(element);
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(customize);
  });

  it('a visitor can switch a category on and save with the keyboard only', async () => {
    const element = await openPreferences();
    const statistical = parts<HTMLInputElement>(element, 'switch')[1];
    statistical.focus();
    await sendKeys({ press: 'Space' });
    expect(statistical.checked).to.equal(true);
    part(element, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(storedChoice()!.categories).to.deep.equal({ ...ALL_OFF, statistical: true });
  });

  it('any [data-consent-open] element on the page reopens the preferences, also one added later', async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    expect(element.open).to.equal(false);
    const link = document.createElement('a');
    link.href = '#';
    link.setAttribute('data-consent-open', '');
    link.textContent = 'Cookie settings';
    document.body.append(link);
    link.click();
    expect((await openDialog(element)).open).to.equal(true);
    const switches = parts<HTMLInputElement>(element, 'switch');
    expect(switches.map((input) => input.checked)).to.deep.equal([true, true, false, false]);
    expect(location.hash).to.equal('');
  });
});

describe('<cookie-consent> settings', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('the categories attribute decides the optional categories', async () => {
    const element = await addConsent('<cookie-consent categories="analytics ads"></cookie-consent>');
    expect(element.state.categories).to.deep.equal({ necessary: true, analytics: false, ads: false });
    window.cookieConsent!.acceptAll();
    expect(storedChoice()!.categories).to.deep.equal({ necessary: true, analytics: true, ads: true });
  });

  it('stores under cookie-name and cookie-path', async () => {
    const element = await addConsent('<cookie-consent cookie-name="consent" cookie-path="/"></cookie-consent>');
    part(element, 'reject-all')!.click();
    expect(storedChoice('consent')!.categories).to.deep.equal(ALL_OFF);
    expect(storedChoice()).to.equal(undefined);
  });

  it('properties reflect their attributes, with documented defaults', async () => {
    const element = await addConsent();
    expect(element.cookieName).to.equal('cookies_preferences');
    expect(element.cookiePath).to.equal('/');
    expect(element.cookieDomain).to.equal(null);
    expect(element.expiresDays).to.equal(182);
    expect(element.revision).to.equal(0);
    expect(element.position).to.equal('bottom');
    expect(element.theme).to.equal('auto');
    expect(element.gpc).to.equal('honor');
    expect(element.consentMode).to.equal(false);
    expect(element.categories).to.equal('statistical first-party third-party');
    element.position = 'top';
    element.expiresDays = 30;
    element.consentMode = true;
    await element.updateComplete;
    expect(element.getAttribute('position')).to.equal('top');
    expect(element.getAttribute('expires-days')).to.equal('30');
    expect(element.hasAttribute('consent-mode')).to.equal(true);
  });

  it('invalid attribute values fall back to their defaults with one warning each', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent(
        '<cookie-consent expires-days="-3" revision="1.5" position="left" theme="pink" cookie-name="a;b"></cookie-consent>',
      );
      expect(element.expiresDays).to.equal(182);
      expect(element.revision).to.equal(0);
      expect(element.position).to.equal('bottom');
      expect(element.theme).to.equal('auto');
      expect(element.cookieName).to.equal('cookies_preferences');
      element.requestUpdate();
      await element.updateComplete;
      for (const attribute of ['expires-days', 'revision', 'position', 'theme', 'cookie-name']) {
        expect(
          warnings.messages.filter((message) => message.includes(attribute)),
          attribute,
        ).to.have.length(1);
      }
      expect(element.open).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('a cookie-name that Object.prototype has (js-cookie could never read it back) falls back to the default', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent('<cookie-consent cookie-name="constructor"></cookie-consent>');
      expect(element.cookieName).to.equal('cookies_preferences');
      expect(warnings.messages.filter((message) => message.includes('cookie-name'))).to.have.length(1);
      element.rejectAll();
      expect(storedChoice()!.categories).to.deep.equal(ALL_OFF);
    } finally {
      warnings.restore();
    }
  });

  it('bad configuration is reported in one warning and the valid rest is used', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent(`<cookie-consent>
        <script type="application/json">{ "colour": "red", "categories": {
          "Bad Name": {}, "statistical": { "label": "Audience", "cookies": [ { "provider": "no name" } ] } } }</script>
      </cookie-consent>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('colour').and.include('Bad Name').and.include('cookies[0]');
      part(element, 'customize')!.click();
      await openDialog(element);
      expect(parts<HTMLInputElement>(element, 'switch')[1].labels![0].textContent).to.equal('Audience');
    } finally {
      warnings.restore();
    }
  });

  it('invalid JSON configuration warns and the banner still works', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent(
        '<cookie-consent><script type="application/json">{ nope </script></cookie-consent>',
      );
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('not valid JSON');
      part(element, 'accept-all')!.click();
      expect(storedChoice()!.categories).to.deep.equal(ALL_ON);
    } finally {
      warnings.restore();
    }
  });

  it('the config property is merged over the JSON child', async () => {
    const element = document.createElement('cookie-consent');
    element.config = {
      categories: { statistical: { label: 'Measurement' } },
      texts: { en: { title: 'Cookies here' } },
    };
    document.body.append(element);
    await element.updateComplete;
    expect(part(element, 'title')!.textContent).to.equal('Cookies here');
  });

  it('a second <cookie-consent> on the page is ignored with a warning', async () => {
    const warnings = captureWarnings();
    try {
      await addConsent('<cookie-consent></cookie-consent><cookie-consent></cookie-consent>');
      const second = document.querySelectorAll('cookie-consent')[1];
      expect(second.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
      expect(warnings.messages.filter((message) => message.includes('only one'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('window.cookieConsent', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('state, accepted() and save() turn on exactly the categories given as true', async () => {
    await addConsent();
    window.cookieConsent!.save({ statistical: true, 'third-party': false, unknown: true } as Record<string, boolean>);
    expect(window.cookieConsent!.state.accepted).to.deep.equal(['necessary', 'statistical']);
    expect(window.cookieConsent!.accepted('statistical')).to.equal(true);
    expect(window.cookieConsent!.accepted('third-party')).to.equal(false);
    expect(window.cookieConsent!.accepted('necessary')).to.equal(true);
    expect(window.cookieConsent!.accepted('unknown')).to.equal(false);
    expect(storedChoice()!.categories).to.deep.equal({ ...ALL_OFF, statistical: true });
  });

  it('changes made through the API have source "api"', async () => {
    await addConsent();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    window.cookieConsent!.acceptAll();
    expect((await change).detail.source).to.equal('api');
  });

  it('whenAccepted() resolves on the accepting change, and at once when already accepted', async () => {
    await addConsent();
    let resolved = false;
    const waiting = window.cookieConsent!.whenAccepted('statistical').then(() => (resolved = true));
    window.cookieConsent!.rejectAll();
    await Promise.resolve();
    expect(resolved).to.equal(false);
    window.cookieConsent!.save({ statistical: true });
    await waiting;
    expect(resolved).to.equal(true);
    await window.cookieConsent!.whenAccepted('statistical');
  });

  it('reset() deletes the cookie, forgets the choice and shows the banner', async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    window.cookieConsent!.reset();
    const { detail } = await change;
    expect(detail.state.decided).to.equal(false);
    expect(detail.changed).to.deep.equal(['statistical']);
    expect(storedChoice()).to.equal(undefined);
    await element.updateComplete;
    expect(element.open).to.equal(true);
  });

  it('showBanner() and showPreferences() open the layers', async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    window.cookieConsent!.showBanner();
    await element.updateComplete;
    expect(part(element, 'banner')).to.exist;
    window.cookieConsent!.showPreferences();
    expect((await openDialog(element)).open).to.equal(true);
  });

  it('the state is frozen: a page script cannot flip a category', async () => {
    await addConsent();
    const state = window.cookieConsent!.state as ConsentState & { categories: Record<string, boolean> };
    expect(() => {
      state.categories.statistical = true;
    }).to.throw(TypeError);
    expect(window.cookieConsent!.accepted('statistical')).to.equal(false);
  });
});

describe('<cookie-consent> configuration checks', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('warns once when a well-known tracker is declared necessary, naming it, and still shows it always on', async () => {
    const warnings = captureWarnings();
    try {
      await addConsent(`<cookie-consent>
        <script type="application/json">{ "categories": { "necessary": { "cookies": [
          { "name": "sessionid" }, { "name": "_ga" }, { "name": "_fbp" } ] } } }</script>
      </cookie-consent>`);
      await until(() => warnings.messages.some((message) => message.includes('"necessary"')), 'the warning');
      const found = warnings.messages.filter((message) => message.includes('"necessary"'));
      expect(found).to.have.length(1);
      expect(found[0]).to.include('_ga (Google Analytics)').and.include('_fbp (Meta)').and.not.include('sessionid');
    } finally {
      warnings.restore();
    }
  });

  it('says nothing of a necessary category with only the site’s own cookies', async () => {
    const warnings = captureWarnings();
    try {
      await addConsent(`<cookie-consent>
        <script type="application/json">{ "categories": { "necessary": { "cookies": [ { "name": "sessionid" }, { "name": "csrftoken" } ] } } }</script>
      </cookie-consent>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
