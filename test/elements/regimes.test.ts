import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentChangeDetail, ConsentState } from '../../src/consent/state.js';
import type { CookieConsent } from '../../src/elements/cookie-consent/cookie-consent.js';
import {
  addConsent,
  captureWarnings,
  cleanPage,
  clearCookies,
  openDialog,
  part,
  parts,
  storedChoice,
  until,
} from '../helpers.js';

const ALL_OFF = { necessary: true, statistical: false, 'first-party': false, 'third-party': false };
const ALL_ON = { necessary: true, statistical: true, 'first-party': true, 'third-party': true };
const OPTIONAL = ['statistical', 'first-party', 'third-party'];
const OPTED_OUT = 'Done: your personal information will not be sold or shared.';

// `consent-ready` is dispatched once per page: heard from the very start of this file.
const readyHeard: ConsentState[] = [];
document.addEventListener('consent-ready', (event) => readyHeard.push((event as CustomEvent<ConsentState>).detail));

/** Every consent-change of the page, while a test runs. */
const changes: ConsentChangeDetail[] = [];
const onChange = (event: Event) => changes.push((event as CustomEvent<ConsentChangeDetail>).detail);

/** The element that has focus, looking into the element's shadow root. */
function focused(element: CookieConsent): Element | null {
  return document.activeElement === element ? element.shadowRoot!.activeElement : document.activeElement;
}

const tab = () => sendKeys({ press: 'Tab' });

function blurAll(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

/** What a screen reader hears from the element's polite live region. */
const status = (element: CookieConsent) =>
  element.shadowRoot!.querySelector('.announce[role="status"]')!.textContent!.trim();

/** A footer link of the page, as a site writes one. */
function pageLink(attribute: string, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = '#';
  link.setAttribute(attribute, '');
  link.textContent = text;
  document.body.append(link);
  return link;
}

function fakeGpc(): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
}

function removeGpc(): void {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

/**
 * The browser's time zone as `zone` (what Playwright's timezoneId would give): `Intl.DateTimeFormat()`
 * without a time zone resolves to it; one asked for by name still resolves to that name.
 */
function fakeTimeZone(zone: string): () => void {
  const Original = Intl.DateTimeFormat;
  const Fake = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Original(locales, { timeZone: zone, ...options });
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Fake, { supportedLocalesOf: Original.supportedLocalesOf });
  Object.defineProperty(Fake, 'prototype', { value: Original.prototype });
  Intl.DateTimeFormat = Fake;
  return () => (Intl.DateTimeFormat = Original);
}

beforeEach(() => {
  clearCookies();
  changes.length = 0;
  document.addEventListener('consent-change', onChange);
});
afterEach(() => {
  document.removeEventListener('consent-change', onChange);
  removeGpc();
  cleanPage();
});

// First in this file: consent-ready is heard once per page, so it must be this element's.
describe('regime="opt-out" with Global Privacy Control on', () => {
  it('shows no notice, accepts nothing optional in consent-ready or ever, and records a gpc refusal', async () => {
    expect(readyHeard, 'no element before this test').to.deep.equal([]);
    fakeGpc();
    const element = await addConsent('<cookie-consent regime="opt-out" region="us"></cookie-consent>');
    await until(() => changes.length, 'the GPC refusal');
    expect(readyHeard).to.have.length(1);
    expect(readyHeard[0]).to.include({ decided: false, regime: 'opt-out', region: 'US' });
    expect(readyHeard[0].accepted).to.deep.equal(['necessary']);
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['gpc', []]]);
    expect(changes.every(({ state }) => state.accepted.length === 1)).to.equal(true);
    expect(storedChoice()).to.deep.include({ categories: ALL_OFF, regime: 'opt-out' });
    await element.updateComplete;
    expect(element.open).to.equal(false);
    expect(part(element, 'banner')).to.equal(null);
    expect(window.cookieConsent!.accepted('statistical')).to.equal(false);
  });

  it('regime="none" with GPC: no banner either, and a gpc refusal recorded', async () => {
    fakeGpc();
    const element = await addConsent('<cookie-consent regime="none"></cookie-consent>');
    await until(() => changes.length, 'the GPC refusal');
    expect(changes.map(({ source }) => source)).to.deep.equal(['gpc']);
    expect(storedChoice()).to.deep.include({ categories: ALL_OFF, regime: 'none' });
    expect(part(element, 'banner')).to.equal(null);
  });

  it('gpc="ignore": the notice shows and the defaults accept', async () => {
    fakeGpc();
    const element = await addConsent('<cookie-consent regime="opt-out" gpc="ignore"></cookie-consent>');
    expect(part(element, 'opt-out')).to.exist;
    expect(element.state.categories).to.deep.equal(ALL_ON);
    expect(storedChoice()).to.equal(undefined);
  });
});

describe('the opt-out notice (regime="opt-out")', () => {
  const notice = () =>
    addConsent('<cookie-consent regime="opt-out" policy-url="/cookies" privacy-url="/privacy"></cookie-consent>');

  it('has its title, a message saying the visitor may opt out, both policy links and three buttons', async () => {
    const element = await notice();
    const banner = part(element, 'banner')!;
    expect(banner.getAttribute('role')).to.equal('region');
    expect(banner.getAttribute('aria-labelledby')).to.equal('cc-title');
    expect(part(element, 'title')!.id).to.equal('cc-title');
    expect(part(element, 'title')!.textContent).to.equal('Your privacy choices');
    expect(part(element, 'message')!.textContent!.trim()).to.equal(
      'We use cookies to measure our audience and to show content and ads from other services. You can opt out of the sale or sharing of your personal information at any time.',
    );
    expect(parts<HTMLAnchorElement>(element, 'policy-link').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/cookies',
      '/privacy',
    ]);
    const buttons = [...banner.querySelectorAll('button')];
    expect(buttons.map((button) => [button.getAttribute('part'), button.textContent!.trim()])).to.deep.equal([
      ['opt-out', 'Do Not Sell or Share My Personal Information'],
      ['customize', 'Customize'],
      ['acknowledge', 'OK'],
    ]);
    expect(part(element, 'accept-all')).to.equal(null);
    expect(part(element, 'reject-all')).to.equal(null);
  });

  it('while shown, every optional category counts as accepted and nothing is written', async () => {
    const element = await notice();
    expect(element.open).to.equal(true);
    expect(element.state).to.include({ decided: false, regime: 'opt-out', region: '' });
    expect(element.state.categories).to.deep.equal(ALL_ON);
    expect(window.cookieConsent!.regime).to.equal('opt-out');
    expect(window.cookieConsent!.accepted('third-party')).to.equal(true);
    expect(storedChoice()).to.equal(undefined);
    expect(changes).to.deep.equal([]);
  });

  it('the first Tab from nowhere reaches it, then the links and the three buttons in order', async () => {
    const element = await notice();
    blurAll();
    expect(document.activeElement).to.equal(document.body);
    const order: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await tab();
      order.push(focused(element)!.getAttribute('part'));
    }
    expect(order).to.deep.equal(['policy-link', 'policy-link privacy-link', 'opt-out', 'customize', 'acknowledge']);
  });

  for (const control of ['opt-out', 'acknowledge']) {
    it(`"${control}" pressed with Enter gives focus back to where the visitor was`, async () => {
      const before = document.createElement('button');
      before.textContent = 'Search';
      document.body.append(before);
      const element = await notice();
      before.focus();
      // The visitor comes into the notice from that button.
      part(element, control)!.focus();
      expect(focused(element)).to.equal(part(element, control));
      await sendKeys({ press: 'Enter' });
      await until(() => !element.open, 'the notice to close');
      await element.updateComplete;
      expect(document.activeElement).to.equal(before);
    });
  }

  it('"Do Not Sell or Share" records a refusal made under opt-out, and the visitor hears it worked', async () => {
    const element = await notice();
    part(element, 'opt-out')!.click();
    expect(changes).to.have.length(1);
    expect(changes[0].source).to.equal('banner');
    expect(changes[0].changed).to.deep.equal(OPTIONAL);
    expect(changes[0].state.accepted).to.deep.equal(['necessary']);
    expect(storedChoice()).to.deep.include({ categories: ALL_OFF, regime: 'opt-out' });
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    expect(status(element)).to.equal(OPTED_OUT);
  });

  it('"OK" records the defaults (no change), and the notice does not return on the next page', async () => {
    const element = await notice();
    part(element, 'acknowledge')!.click();
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['banner', []]]);
    expect(storedChoice()).to.deep.include({ categories: ALL_ON, regime: 'opt-out' });
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    expect(status(element)).not.to.equal(OPTED_OUT);
    cleanPage();
    const again = await notice();
    expect(again.open).to.equal(false);
    expect(part(again, 'banner')).to.equal(null);
    expect(again.state).to.include({ decided: true, regime: 'opt-out' });
    expect(again.state.accepted).to.deep.equal(['necessary', ...OPTIONAL]);
  });

  it('"Customize" opens the dialog with everything on; saving records the choice under opt-out', async () => {
    const element = await notice();
    part(element, 'customize')!.click();
    await openDialog(element);
    const switches = parts<HTMLInputElement>(element, 'switch');
    expect(switches.map((input) => input.checked)).to.deep.equal([true, true, true, true]);
    switches[3].click();
    await element.updateComplete;
    part(element, 'save')!.click();
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['preferences', ['third-party']]]);
    expect(storedChoice()).to.deep.include({ categories: { ...ALL_ON, 'third-party': false }, regime: 'opt-out' });
  });

  it("speaks the language of the page: the Spanish notice in California's own words", async () => {
    const element = await addConsent('<cookie-consent regime="opt-out" lang="es"></cookie-consent>');
    expect(part(element, 'opt-out')!.textContent!.trim()).to.equal('No vender ni compartir mi información personal');
    expect(part(element, 'banner')!.getAttribute('lang')).to.equal('es');
  });
});

describe('regime="none"', () => {
  it('shows nothing, accepts every optional category, and writes nothing', async () => {
    const element = await addConsent('<cookie-consent regime="none"></cookie-consent>');
    expect(element.open).to.equal(false);
    expect(part(element, 'banner')).to.equal(null);
    expect(element.state).to.include({ decided: false, regime: 'none' });
    expect(element.state.categories).to.deep.equal(ALL_ON);
    expect(storedChoice()).to.equal(undefined);
  });

  it('a data-consent-open link still lets the visitor refuse, recorded under none', async () => {
    const element = await addConsent('<cookie-consent regime="none"></cookie-consent>');
    pageLink('data-consent-open', 'Cookie settings').click();
    const dialog = await openDialog(element);
    expect(parts<HTMLInputElement>(element, 'switch').map((input) => input.checked)).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    dialog.querySelector<HTMLElement>('[part~="reject-all"]')!.click();
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['preferences', OPTIONAL]]);
    expect(storedChoice()).to.deep.include({ categories: ALL_OFF, regime: 'none' });
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
  });
});

describe('a footer data-consent-opt-out link', () => {
  for (const [regime, stored] of [
    ['opt-in', undefined],
    ['opt-out', 'opt-out'],
    ['none', 'none'],
  ] as const) {
    it(`under ${regime}, refuses every optional category in one click and says so`, async () => {
      const element = await addConsent(`<cookie-consent regime="${regime}"></cookie-consent>`);
      pageLink('data-consent-opt-out', 'Do Not Sell or Share My Personal Information').click();
      expect(changes.map(({ source }) => source)).to.deep.equal(['banner']);
      expect(storedChoice()!.categories).to.deep.equal(ALL_OFF);
      expect(storedChoice()!.regime).to.equal(stored);
      expect(location.hash).to.equal('');
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(status(element)).to.equal(OPTED_OUT);
    });
  }
});

describe('regime="auto" with region set live', () => {
  it('from FR (banner) to US (notice, a change, whenAccepted resolves) and back', async () => {
    const element = await addConsent('<cookie-consent regime="auto" region="FR"></cookie-consent>');
    expect(element.state).to.include({ regime: 'opt-in', region: 'FR' });
    expect(part(element, 'accept-all')).to.exist;
    let resolved = false;
    const accepted = window.cookieConsent!.whenAccepted('statistical').then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(false);

    element.region = 'us';
    await element.updateComplete;
    expect(element.region).to.equal('US');
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['api', OPTIONAL]]);
    expect(element.state).to.include({ decided: false, regime: 'opt-out', region: 'US' });
    expect(window.cookieConsent!.region).to.equal('US');
    await accepted;
    expect(resolved).to.equal(true);
    await element.updateComplete;
    expect(part(element, 'opt-out')).to.exist;
    expect(part(element, 'accept-all')).to.equal(null);
    expect(storedChoice()).to.equal(undefined);

    element.setAttribute('region', 'fr');
    await element.updateComplete;
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([
      ['api', OPTIONAL],
      ['api', OPTIONAL],
    ]);
    expect(element.state).to.include({ regime: 'opt-in', region: 'FR' });
    expect(element.state.accepted).to.deep.equal(['necessary']);
    await element.updateComplete;
    expect(part(element, 'accept-all')).to.exist;
  });

  it('a regime switched live from opt-in to opt-out shows the notice', async () => {
    const element = await addConsent();
    element.regime = 'opt-out';
    await element.updateComplete;
    expect(changes.map(({ changed }) => changed)).to.deep.equal([OPTIONAL]);
    expect(part(element, 'opt-out')).to.exist;
  });
});

describe('regime="auto" in a browser without getTimeZones (the time-zone table is fetched)', () => {
  let restoreZone: () => void;
  const getTimeZones = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'getTimeZones');
  beforeEach(() => {
    restoreZone = fakeTimeZone('America/New_York');
    delete (Intl.Locale.prototype as { getTimeZones?: unknown }).getTimeZones;
  });
  afterEach(() => {
    restoreZone();
    if (getTimeZones) Object.defineProperty(Intl.Locale.prototype, 'getTimeZones', getTimeZones);
  });

  it("the table's answer (US) reaches the state as a change, and the defaults accept", async () => {
    const element = await addConsent('<cookie-consent regime="auto"></cookie-consent>');
    await until(() => element.state.region === 'US', 'the time-zone table');
    expect(element.state).to.include({ decided: false, regime: 'opt-out', region: 'US' });
    expect(element.open).to.equal(true);
    expect(changes.map(({ source, changed }) => [source, changed])).to.deep.equal([['api', OPTIONAL]]);
  });

  it('the notice is shown once the table has answered US', async () => {
    const element = await addConsent('<cookie-consent regime="auto"></cookie-consent>');
    await until(() => element.state.region === 'US', 'the time-zone table');
    await element.updateComplete;
    await until(() => part(element, 'opt-out'), 'the notice', 1000);
  });
});

describe('regimes from the JSON configuration', () => {
  for (const [region, regime, banner] of [
    ['us-ca', 'none', null],
    ['us-ny', 'opt-out', 'opt-out'],
    ['jp', 'opt-out', 'opt-out'],
    ['de', 'opt-in', 'accept-all'],
    ['gb', 'opt-in', 'accept-all'],
  ] as const) {
    it(`{ "US-CA": "none", "JP": "opt-out" } with region="${region}": ${regime}`, async () => {
      const warnings = captureWarnings();
      try {
        const element = await addConsent(`<cookie-consent regime="auto" region="${region}">
          <script type="application/json">{ "regimes": { "US-CA": "none", "JP": "opt-out" } }</script>
        </cookie-consent>`);
        expect(element.state).to.include({ regime, region: region.toUpperCase() });
        expect(element.open).to.equal(banner !== null);
        if (banner) expect(part(element, banner)).to.exist;
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }

  it('a new regimes map in the config property applies live', async () => {
    const element = await addConsent('<cookie-consent regime="auto" region="JP"></cookie-consent>');
    expect(element.state.regime).to.equal('opt-in');
    element.config = { regimes: { JP: 'none' } };
    await element.updateComplete;
    expect(element.state.regime).to.equal('none');
    expect(element.open).to.equal(false);
    expect(changes.map(({ changed }) => changed)).to.deep.equal([OPTIONAL]);
  });
});

describe('regimes: bad input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('regime="bogus": one warning naming it, and opt-in', async () => {
    const element = await addConsent('<cookie-consent regime="bogus"></cookie-consent>');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('regime').and.include('bogus');
    expect(element.regime).to.equal('opt-in');
    expect(element.state.regime).to.equal('opt-in');
    expect(part(element, 'accept-all')).to.exist;
  });

  it('a bogus regime set as a property: one warning, and opt-in', async () => {
    const element = await addConsent('<cookie-consent regime="opt-out"></cookie-consent>');
    (element as unknown as { regime: string }).regime = 'ccpa';
    await element.updateComplete;
    expect(warnings.messages.filter((message) => message.includes('ccpa'))).to.have.length(1);
    expect(element.state.regime).to.equal('opt-in');
  });

  it('region="France": one warning naming it, and an unknown region', async () => {
    const element = await addConsent('<cookie-consent regime="opt-out" region="France"></cookie-consent>');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"France"');
    expect(element.state.region).to.equal('');
    expect(element.state.regime).to.equal('opt-out');
  });

  it('(for the next case) regime="auto" with no region: the browser time zone decides, America/New_York is US', async () => {
    const restore = fakeTimeZone('America/New_York');
    try {
      const element = await addConsent('<cookie-consent regime="auto"></cookie-consent>');
      expect(element.state).to.include({ regime: 'opt-out', region: 'US' });
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('regime="auto" region="France": an unknown region (opt-in), whatever the time zone says', async () => {
    const restore = fakeTimeZone('America/New_York');
    try {
      const element = await addConsent('<cookie-consent regime="auto" region="France"></cookie-consent>');
      expect(warnings.messages.filter((message) => message.includes('"France"'))).to.have.length(1);
      expect(element.state).to.include({ regime: 'opt-in', region: '' });
      expect(part(element, 'accept-all')).to.exist;
    } finally {
      restore();
    }
  });

  it('a bad regimes entry: one warning naming it; the entry is skipped, the others apply', async () => {
    const element = await addConsent(`<cookie-consent regime="auto" region="US-CA">
      <script type="application/json">{ "regimes": { "Mars": "opt-out", "JP": "gdpr", "US-CA": "none" } }</script>
    </cookie-consent>`);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"Mars"').and.include('regimes.JP').and.include('"gdpr"');
    expect(element.state.regime).to.equal('none');
  });

  it('a skipped entry falls back to the map beneath it: JP with a bad value is opt-in', async () => {
    const element = await addConsent(`<cookie-consent regime="auto" region="JP">
      <script type="application/json">{ "regimes": { "JP": "gdpr" } }</script>
    </cookie-consent>`);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('regimes.JP');
    expect(element.state.regime).to.equal('opt-in');
    expect(part(element, 'accept-all')).to.exist;
  });
});
