import 'axe-core';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeDetail } from '../../src/consent/state.js';
import type { CookieConsent } from '../../src/elements/cookie-consent/cookie-consent.js';
import type { CookiePolicy } from '../../src/elements/cookie-policy/cookie-policy.js';
import {
  addConsent,
  cleanPage,
  clearCookies,
  nextEvent,
  openDialog,
  part,
  storeChoice,
  storedChoice,
  until,
  validChoice,
} from '../helpers.js';

/** A site whose third-party category has two services, each with its own cookies. */
const CONFIG = `<script type="application/json">{ "categories": {
  "statistical": { "cookies": [ { "name": "_pk_id.*", "provider": "Matomo", "duration": "13 months" } ] },
  "third-party": {
    "label": "Videos",
    "description": "Players of other sites.",
    "services": {
      "youtube": { "label": "YouTube", "description": "Videos hosted by YouTube.",
        "cookies": [ { "name": "VISITOR_INFO1_LIVE", "provider": "Google", "purpose": "Player settings", "duration": "6 months" },
                     { "name": "YSC", "provider": "Google", "duration": "Session" } ] },
      "vimeo": { "label": "Vimeo", "description": "Videos hosted by Vimeo.",
        "cookies": [ { "name": "vuid", "provider": "Vimeo", "duration": "2 years" } ] } } } } }</script>`;
const SITE = `<cookie-consent>${CONFIG}</cookie-consent>`;
const OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };

/** A switch of the dialog (or of the policy) by category or service name. */
const control = (host: HTMLElement, name: string) => host.shadowRoot!.getElementById(`cc-${name}`) as HTMLInputElement;

/** What the category's checkbox says: checked, indeterminate, aria-checked. */
const shown = (input: HTMLInputElement) => ({
  checked: input.checked,
  indeterminate: input.indeterminate,
  ariaChecked: input.getAttribute('aria-checked'),
});
const OFF_SHOWN = { checked: false, indeterminate: false, ariaChecked: 'false' };
const ON_SHOWN = { checked: true, indeterminate: false, ariaChecked: 'true' };
const MIXED_SHOWN = { checked: false, indeterminate: true, ariaChecked: 'mixed' };

async function openPreferences(element: CookieConsent): Promise<HTMLDialogElement> {
  if (element.open) part(element, 'customize')!.click();
  else window.cookieConsent!.showPreferences();
  return openDialog(element);
}

/** The visitor clicks a switch; the dialog renders it. */
async function flip(host: CookieConsent | CookiePolicy, name: string): Promise<void> {
  control(host, name).click();
  await host.updateComplete;
}

/** Saves in the dialog; resolves once the dialog has closed (its close event comes in a task of its own). */
async function save(element: CookieConsent): Promise<ConsentChangeDetail> {
  const dialog = part<HTMLDialogElement>(element, 'preferences')!;
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  const change = nextEvent<ConsentChangeDetail>('consent-change');
  part(element, 'save')!.click();
  const { detail } = await change;
  await closed;
  return detail;
}

/** The element that has focus, looking into a shadow root. */
function focused(host: HTMLElement): Element | null {
  return document.activeElement === host ? host.shadowRoot!.activeElement : document.activeElement;
}

const hasCookie = (name: string) => document.cookie.split('; ').some((cookie) => cookie.startsWith(`${name}=`));

describe('<cookie-consent> with services, as a visitor sees it', () => {
  beforeEach(() => clearCookies());
  afterEach(() => {
    cleanPage();
    clearCookies();
  });

  it('shows each service inside its category: its own switch, label, description and cookie table', async () => {
    const element = await addConsent(SITE);
    await openPreferences(element);
    const category = control(element, 'third-party');
    expect(category.hasAttribute('role'), 'a checkbox, not a switch').to.equal(false);
    expect(category.type).to.equal('checkbox');
    expect(category.getAttribute('aria-controls')).to.equal('cc-youtube cc-vimeo');
    expect(category.labels![0].textContent).to.equal('Videos');
    const items = [...category.closest('[part~="category"]')!.querySelectorAll('li.service')];
    expect(items).to.have.length(2);
    for (const [item, name, label, description, count] of [
      [items[0], 'youtube', 'YouTube', 'Videos hosted by YouTube.', 2],
      [items[1], 'vimeo', 'Vimeo', 'Videos hosted by Vimeo.', 1],
    ] as const) {
      const input = control(element, name);
      expect(item.contains(input)).to.equal(true);
      expect(input.getAttribute('role')).to.equal('switch');
      expect(input.getAttribute('part')).to.equal('switch');
      expect(input.checked).to.equal(false);
      expect(input.labels![0].textContent).to.equal(label);
      expect(element.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(
        description,
      );
      const details = item.querySelector('details')!;
      expect(details.open, 'collapsed in the dialog').to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.equal(`Cookies: ${count}`);
      const table = details.querySelector('[part="cookie-table"]')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal(`Cookies of the service “${label}”`);
      expect(table.querySelectorAll('tbody tr')).to.have.length(count);
    }
    expect(items[0].querySelector('tbody td')!.textContent).to.equal('VISITOR_INFO1_LIVE');
    // The list of services is named by its category.
    const list = items[0].parentElement!;
    expect(element.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Videos');
  });

  it('keeps one service switched on and saved across a reload', async () => {
    let element = await addConsent(SITE);
    await openPreferences(element);
    await flip(element, 'youtube');
    const { changed, state, source } = await save(element);
    expect(source).to.equal('preferences');
    expect(changed).to.deep.equal(['youtube']);
    expect(state.services).to.deep.equal({ youtube: true, vimeo: false });
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: false });
    expect(storedChoice()!.categories).to.deep.equal(OFF);

    cleanPage(); // The next page of the site.
    element = await addConsent(SITE);
    expect(element.open).to.equal(false);
    expect(element.state.services).to.deep.equal({ youtube: true, vimeo: false });
    expect(element.state.accepted).to.deep.equal(['necessary', 'youtube']);
    await openPreferences(element);
    expect(control(element, 'youtube').checked).to.equal(true);
    expect(control(element, 'vimeo').checked).to.equal(false);
    expect(shown(control(element, 'third-party'))).to.deep.equal(MIXED_SHOWN);
  });

  it("the category's checkbox is mixed when its services differ, on when all are, and turns them all", async () => {
    const element = await addConsent(SITE);
    await openPreferences(element);
    const category = control(element, 'third-party');
    const services = () => [control(element, 'youtube').checked, control(element, 'vimeo').checked];
    expect(shown(category)).to.deep.equal(OFF_SHOWN);
    await flip(element, 'youtube');
    expect(shown(category)).to.deep.equal(MIXED_SHOWN);
    await flip(element, 'vimeo');
    expect(shown(category)).to.deep.equal(ON_SHOWN);
    await flip(element, 'third-party');
    expect(shown(category)).to.deep.equal(OFF_SHOWN);
    expect(services()).to.deep.equal([false, false]);
    await flip(element, 'third-party');
    expect(shown(category)).to.deep.equal(ON_SHOWN);
    expect(services()).to.deep.equal([true, true]);
    await flip(element, 'vimeo');
    expect(shown(category)).to.deep.equal(MIXED_SHOWN);
    // A mixed checkbox, clicked, turns every service on (as a native checkbox does).
    await flip(element, 'third-party');
    expect(shown(category)).to.deep.equal(ON_SHOWN);
    expect(services()).to.deep.equal([true, true]);
    const { state } = await save(element);
    expect(state.categories['third-party']).to.equal(true);
    expect(state.services).to.deep.equal({ youtube: true, vimeo: true });
  });

  it('keyboard: Tab reaches the category, then each service switch in order, and Space toggles them', async () => {
    const element = await addConsent(SITE);
    await openPreferences(element);
    const category = control(element, 'third-party');
    const youtube = control(element, 'youtube');
    const vimeo = control(element, 'vimeo');
    category.focus();
    const stops: (Element | null)[] = [focused(element)];
    while (stops.length < 10 && focused(element) !== vimeo) {
      await sendKeys({ press: 'Tab' });
      // Firefox also stops on a scroll container; a keyboard user scrolls it with the arrows.
      if (!focused(element)?.classList.contains('body')) stops.push(focused(element));
    }
    // Each service's cookies (behind their disclosure) come right after its switch.
    expect(stops.map((stop) => stop?.id || stop?.localName)).to.deep.equal([
      'cc-third-party',
      'cc-youtube',
      'summary',
      'cc-vimeo',
    ]);
    youtube.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(youtube.checked).to.equal(true);
    expect(shown(category)).to.deep.equal(MIXED_SHOWN);
    vimeo.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(shown(category)).to.deep.equal(ON_SHOWN);
    category.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect([youtube.checked, vimeo.checked]).to.deep.equal([false, false]);
    expect(shown(category)).to.deep.equal(OFF_SHOWN);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(focused(element)).to.equal(youtube);
    expect(youtube.checked).to.equal(true);
    part(element, 'save')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => storedChoice(), 'the choice to be saved');
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: false });
  });

  it('the dialog with services has no serious accessibility violation', async () => {
    const element = await addConsent(SITE);
    await openPreferences(element);
    await flip(element, 'youtube');
    for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
    const { violations } = await window.axe.run(element, { resultTypes: ['violations'] });
    expect(
      violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
        ),
    ).to.deep.equal([]);
  });

  it('<cookie-policy> shows the service switches too, mixed and saved the same way', async () => {
    storeChoice(validChoice({ services: { youtube: false, vimeo: true } }));
    const container = document.createElement('main');
    container.innerHTML = `${SITE}<cookie-policy></cookie-policy>`;
    document.body.append(container);
    const consent = container.querySelector('cookie-consent')!;
    const policy = container.querySelector('cookie-policy')!;
    await consent.updateComplete;
    await until(() => policy.shadowRoot!.querySelector('h2'), 'the policy to render');
    const category = control(policy, 'third-party');
    expect(control(policy, 'youtube').getAttribute('role')).to.equal('switch');
    expect([control(policy, 'youtube').checked, control(policy, 'vimeo').checked]).to.deep.equal([false, true]);
    expect(shown(category)).to.deep.equal(MIXED_SHOWN);
    expect(category.getAttribute('aria-controls')).to.equal('cc-youtube cc-vimeo');
    // On the policy page the cookie tables are open, the services' too.
    const item = control(policy, 'youtube').closest('li.service')!;
    expect(item.querySelector('details')!.open).to.equal(true);
    await flip(policy, 'youtube');
    expect(shown(category)).to.deep.equal(ON_SHOWN);
    await flip(policy, 'vimeo');
    expect(shown(category)).to.deep.equal(MIXED_SHOWN);
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(policy, 'save')!.click();
    const { detail } = await change;
    expect(detail.changed).to.deep.equal(['youtube', 'vimeo']);
    expect(storedChoice()!.services).to.deep.equal({ youtube: true, vimeo: false });
  });

  it("accepting all then withdrawing one service in the dialog deletes that service's cookies only", async () => {
    const element = await addConsent(SITE);
    part(element, 'accept-all')!.click();
    expect(element.state.services).to.deep.equal({ youtube: true, vimeo: true });
    // What the players would have set once accepted.
    for (const name of ['VISITOR_INFO1_LIVE', 'YSC', 'vuid']) document.cookie = `${name}=1; path=/`;
    await openPreferences(element);
    expect(shown(control(element, 'third-party'))).to.deep.equal(ON_SHOWN);
    await flip(element, 'vimeo');
    const { changed, state } = await save(element);
    expect(changed).to.deep.equal(['third-party', 'vimeo']);
    expect(state.accepted).to.deep.equal(['necessary', 'statistical', 'first-party', 'youtube']);
    await until(() => !hasCookie('vuid'), "Vimeo's cookie to be deleted");
    expect(hasCookie('VISITOR_INFO1_LIVE')).to.equal(true);
    expect(hasCookie('YSC')).to.equal(true);
  });

  it('consent-change lists the service, and its category when the category changed', async () => {
    const element = await addConsent(SITE);
    const changes: string[][] = [];
    const listen = (event: Event) => changes.push([...(event as CustomEvent<ConsentChangeDetail>).detail.changed]);
    document.addEventListener('consent-change', listen);
    try {
      await openPreferences(element);
      await flip(element, 'vimeo');
      await save(element);
      await openPreferences(element);
      await flip(element, 'youtube');
      await save(element);
      await openPreferences(element);
      await flip(element, 'youtube');
      await flip(element, 'vimeo');
      await flip(element, 'statistical');
      await save(element);
    } finally {
      document.removeEventListener('consent-change', listen);
    }
    expect(changes).to.deep.equal([
      ['vimeo'],
      ['third-party', 'youtube'],
      ['statistical', 'third-party', 'youtube', 'vimeo'],
    ]);
  });

  it("window.cookieConsent: accepted('youtube') and whenAccepted('youtube')", async () => {
    await addConsent(SITE);
    const api = window.cookieConsent!;
    let resolved = false;
    const waiting = api.whenAccepted('youtube').then(() => (resolved = true));
    api.save({ vimeo: true });
    await Promise.resolve();
    expect(resolved).to.equal(false);
    expect(api.accepted('vimeo')).to.equal(true);
    expect(api.accepted('youtube')).to.equal(false);
    expect(api.accepted('third-party')).to.equal(false);
    api.save({ youtube: true });
    await waiting;
    expect(resolved).to.equal(true);
    expect(api.accepted('youtube')).to.equal(true);
    expect(api.accepted('vimeo'), 'save() turns on exactly what it is given').to.equal(false);
    await api.whenAccepted('youtube');
    // A category given true turns all of its services on.
    api.save({ 'third-party': true });
    expect(api.accepted('third-party')).to.equal(true);
    expect(api.state.services).to.deep.equal({ youtube: true, vimeo: true });
    api.rejectAll();
    expect(api.state.accepted).to.deep.equal(['necessary']);
    expect(storedChoice()!.services).to.deep.equal({ youtube: false, vimeo: false });
  });

  it('a choice stored before the site had services stays decided: no banner, every service refused', async () => {
    storeChoice(validChoice({ categories: { ...OFF, statistical: true, 'third-party': true } }));
    const element = await addConsent(SITE);
    expect(element.open).to.equal(false);
    expect(element.state.decided).to.equal(true);
    expect(element.state.services).to.deep.equal({ youtube: false, vimeo: false });
    expect(element.state.accepted).to.deep.equal(['necessary', 'statistical']);
  });
});

describe('<cookie-consent> reopened at once', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('showPreferences() called as a save is recorded opens the dialog, and it stays open', async () => {
    const element = await addConsent(SITE);
    await openPreferences(element);
    await flip(element, 'youtube');
    document.addEventListener('consent-change', () => window.cookieConsent!.showPreferences(), { once: true });
    part(element, 'save')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(part<HTMLDialogElement>(element, 'preferences')!.open).to.equal(true);
  });
});
