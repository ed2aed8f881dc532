import 'axe-core';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeDetail } from '../../src/consent/state.js';
import type { CookieConsent } from '../../src/elements/cookie-consent/cookie-consent.js';
import type { CookiePolicy } from '../../src/elements/cookie-policy/cookie-policy.js';
import {
  cleanPage,
  clearCookies,
  nextEvent,
  openDialog,
  part,
  parts,
  storeChoice,
  storedChoice,
  until,
  validChoice,
} from '../helpers.js';

const CONSENT = `<cookie-consent>
  <script type="application/json">{ "categories": {
    "necessary": { "cookies": [ { "name": "sessionid", "provider": "Opendatasoft", "purpose": { "en": "To remember the user", "fr": "Se souvenir de l’utilisateur" }, "duration": "2 weeks" } ] },
    "statistical": { "label": { "en": "Audience", "fr": "Audience" }, "cookies": [ { "name": "_pk_id.*", "provider": "Matomo", "purpose": "Visitor id", "duration": "13 months" } ] } },
    "texts": { "fr": { "whatIsCookie": "Les cookies, c’est quoi\u00a0?" } } }</script>
</cookie-consent>`;

/** A policy page: the site's `<cookie-consent>` and `<cookie-policy>` in the given order. */
async function policyPage(
  markup = `${CONSENT}<cookie-policy></cookie-policy>`,
): Promise<{ consent: CookieConsent; policy: CookiePolicy }> {
  const container = document.createElement('main');
  container.innerHTML = markup;
  document.body.append(container);
  const consent = container.querySelector('cookie-consent')!;
  const policy = container.querySelector('cookie-policy')!;
  await consent?.updateComplete;
  await policy.updateComplete;
  if (consent) await until(() => policy.shadowRoot!.querySelector('h2'), 'the policy to render');
  return { consent, policy };
}

const switches = (policy: CookiePolicy) => parts<HTMLInputElement>(policy, 'switch');
const checked = (policy: CookiePolicy) => switches(policy).map((input) => input.checked);

describe('<cookie-policy>', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it("renders what a cookie is, every category with its cookie table, from the page's <cookie-consent>", async () => {
    const { policy } = await policyPage();
    const root = policy.shadowRoot!;
    expect([...root.querySelectorAll('h2')].map((heading) => heading.textContent)).to.deep.equal([
      'What is a cookie?',
      'Cookie preferences',
    ]);
    expect(root.querySelector('h2 + p')!.textContent).to.include('small piece of data');
    expect([...root.querySelectorAll('h3 label')].map((label) => label.textContent)).to.deep.equal([
      'Necessary',
      'Audience',
      'Internal',
      'Third-party',
    ]);
    const tables = parts(policy, 'cookie-table');
    expect(tables).to.have.length(2);
    expect([...tables[1].querySelectorAll('td')].map((cell) => cell.textContent)).to.deep.equal([
      '_pk_id.*',
      'Matomo',
      '',
      'Visitor id',
      '13 months',
    ]);
  });

  it("shows the visitor's current choice: necessary on and disabled, nothing optional on before a decision", async () => {
    const { policy } = await policyPage();
    expect(checked(policy)).to.deep.equal([true, false, false, false]);
    expect(switches(policy).map((input) => input.disabled)).to.deep.equal([true, false, false, false]);
  });

  it('shows a stored choice', async () => {
    storeChoice(validChoice());
    const { policy } = await policyPage();
    expect(checked(policy)).to.deep.equal([true, true, false, false]);
  });

  it('saving records the choice through <cookie-consent>, which hides its banner, and says it was saved', async () => {
    const { consent, policy } = await policyPage();
    switches(policy)[3].click();
    await policy.updateComplete;
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(policy, 'save')!.click();
    const event = await change;
    expect(event.target).to.equal(consent);
    expect(event.detail.source).to.equal('preferences');
    expect(event.detail.changed).to.deep.equal(['third-party']);
    expect(storedChoice()!.categories).to.deep.equal({
      necessary: true,
      statistical: false,
      'first-party': false,
      'third-party': true,
    });
    await consent.updateComplete;
    await policy.updateComplete;
    expect(consent.open).to.equal(false);
    expect(checked(policy)).to.deep.equal([true, false, false, true]);
    const status = part(policy, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Your choices have been saved.');
  });

  it('follows a choice made in the banner, and through the API', async () => {
    const { consent, policy } = await policyPage();
    part(consent, 'accept-all')!.click();
    await policy.updateComplete;
    expect(checked(policy)).to.deep.equal([true, true, true, true]);
    window.cookieConsent!.save({ statistical: true });
    await policy.updateComplete;
    expect(checked(policy)).to.deep.equal([true, true, false, false]);
    window.cookieConsent!.reset();
    await policy.updateComplete;
    expect(checked(policy)).to.deep.equal([true, false, false, false]);
  });

  it('a choice saved in the policy shows in the preferences dialog', async () => {
    const { consent, policy } = await policyPage();
    switches(policy)[1].click();
    part(policy, 'save')!.click();
    window.cookieConsent!.showPreferences();
    await openDialog(consent);
    expect(parts<HTMLInputElement>(consent, 'switch').map((input) => input.checked)).to.deep.equal([
      true,
      true,
      false,
      false,
    ]);
  });

  it('switches not yet saved are dropped when a choice is made elsewhere', async () => {
    const { policy } = await policyPage();
    switches(policy)[2].click();
    await policy.updateComplete;
    window.cookieConsent!.rejectAll();
    await policy.updateComplete;
    expect(checked(policy)).to.deep.equal([true, false, false, false]);
    expect(part(policy, 'status')!.textContent).to.equal('');
  });

  it('a visitor switches a category on and saves with the keyboard only', async () => {
    storeChoice(validChoice());
    const { policy } = await policyPage();
    switches(policy)[1].focus();
    await sendKeys({ press: 'Tab' });
    // The statistical category's cookies, behind their disclosure, come next.
    expect(policy.shadowRoot!.activeElement!.localName).to.equal('summary');
    await sendKeys({ press: 'Tab' });
    expect(policy.shadowRoot!.activeElement).to.equal(switches(policy)[2]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(policy.shadowRoot!.activeElement).to.equal(part(policy, 'save'));
    await sendKeys({ press: 'Enter' });
    await policy.updateComplete;
    expect(storedChoice()!.categories).to.deep.equal({
      necessary: true,
      statistical: true,
      'first-party': true,
      'third-party': false,
    });
    expect(part(policy, 'status')!.textContent).to.equal('Your choices have been saved.');
  });

  it('placed before <cookie-consent> in the page, it renders once the consent element is there', async () => {
    const { policy } = await policyPage(`<cookie-policy></cookie-policy>${CONSENT}`);
    await policy.updateComplete;
    expect(parts(policy, 'category')).to.have.length(4);
  });

  it('without a <cookie-consent> on the page it renders nothing and throws nothing', async () => {
    const { policy } = await policyPage('<cookie-policy></cookie-policy>');
    expect(policy.shadowRoot!.children).to.have.length(0);
  });

  it("speaks its own language, with the site's texts and per-language labels", async () => {
    const { policy } = await policyPage(`${CONSENT}<cookie-policy lang="fr-CA"></cookie-policy>`);
    const root = policy.shadowRoot!;
    expect(root.querySelector('div')!.getAttribute('lang')).to.equal('fr');
    expect(root.querySelector('h2')!.textContent).to.equal('Les cookies, c’est quoi\u00a0?');
    expect(part(policy, 'save')!.textContent).to.equal('Enregistrer mes choix');
    expect(parts(policy, 'cookie-table')[0].querySelectorAll('td')[3].textContent).to.equal(
      'Se souvenir de l’utilisateur',
    );
    policy.lang = 'nl';
    await until(() => part(policy, 'save')?.textContent === 'Mijn keuzes opslaan', 'the Dutch texts');
  });

  it('has no serious accessibility violation (light and dark)', async () => {
    for (const theme of ['light', 'dark']) {
      const { policy } = await policyPage(`${CONSENT}<cookie-policy theme="${theme}"></cookie-policy>`);
      document.body.style.background = theme === 'dark' ? '#111' : '';
      document.body.style.color = theme === 'dark' ? '#eee' : '';
      const { violations } = await window.axe.run(policy, { resultTypes: ['violations'] });
      expect(
        violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => violation.id),
      ).to.deep.equal([]);
      cleanPage();
    }
    document.body.removeAttribute('style');
  });
});
