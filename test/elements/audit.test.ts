/** The accessibility audit's items, each checked as a visitor meets it: focus, reflow, languages, the phone banner, axe, semantics, links. */

import 'axe-core';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookieConsent } from '../../src/elements/cookie-consent/cookie-consent.js';
import { addConsent, captureWarnings, cleanPage, clearCookies, openDialog, part, parts, until } from '../helpers.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

type Cookie = { name: string; provider: string; function: string; purpose: string; duration: string };

const cookie = (name: string, provider: string, where: string, purpose: string, duration: string): Cookie => ({
  name,
  provider,
  function: where,
  purpose,
  duration,
});

/** Twelve cookies over the four categories, as the seed portals declare them (North Sea Port). */
const SEED_COOKIES: Record<string, Cookie[]> = {
  necessary: [
    cookie(
      'sessionid',
      'Opendatasoft',
      'Authentication (front and back office)',
      'To remember the user from one page to another',
      '2 weeks',
    ),
    cookie(
      'django_language',
      'Opendatasoft',
      'Language selection (front and back office)',
      "To remember the visitor's language",
      '1 year',
    ),
    cookie(
      'csrftoken',
      'Opendatasoft',
      'API (CSRF) (front and back office)',
      'To retrieve data via API calls',
      '1 year',
    ),
    cookie(
      'cookies_preferences',
      'Opendatasoft',
      'Choices related to your cookie preferences',
      "To remember the visitor's cookie preferences",
      '6 months',
    ),
  ],
  statistical: [
    cookie(
      '_pk_id.*',
      'Matomo (hosted by Opendatasoft)',
      'Audience measurement (front office)',
      'To tell visitors apart with a random identifier',
      '13 months',
    ),
    cookie(
      '_pk_ses.*',
      'Matomo (hosted by Opendatasoft)',
      'Audience measurement (front office)',
      'To group the pages viewed during one visit',
      '30 minutes',
    ),
    cookie(
      '_pk_ref.*',
      'Matomo (hosted by Opendatasoft)',
      'Audience measurement (front office)',
      'To remember the website the visitor came from',
      '6 months',
    ),
  ],
  'first-party': [
    cookie(
      'ods_catalog_view',
      'Opendatasoft',
      'Dataset catalogue (front office)',
      'To remember the layout and sort order chosen in the catalogue',
      '1 year',
    ),
    cookie(
      'ods_map_state',
      'Opendatasoft',
      'Map visualizations (front office)',
      'To reopen maps where the visitor left them (position, zoom, layers)',
      '1 year',
    ),
    cookie(
      'ods_recent_datasets',
      'Opendatasoft',
      'Home page (front office)',
      'To list the datasets the visitor viewed recently',
      '3 months',
    ),
  ],
  'third-party': [
    cookie(
      'YSC',
      'Google (YouTube)',
      'Embedded videos',
      'To identify a viewing session of the embedded video player',
      'Session',
    ),
    cookie(
      'VISITOR_INFO1_LIVE',
      'Google (YouTube)',
      'Embedded videos',
      "To estimate the visitor's bandwidth and remember player settings",
      '6 months',
    ),
  ],
};

/** The site's JSON child, as a page writes it. */
function configChild(config: unknown): string {
  return `<script type="application/json">${JSON.stringify(config)}</script>`;
}

const seedConfig = (cookies = SEED_COOKIES) =>
  configChild({
    categories: Object.fromEntries(Object.entries(cookies).map(([name, list]) => [name, { cookies: list }])),
  });

/** The seed portals' setup: the default English texts, a cookie policy and a privacy policy. */
const seedConsent = (attributes = '', child = seedConfig()) =>
  addConsent(`<cookie-consent policy-url="/cookies" privacy-url="/privacy" ${attributes}>${child}</cookie-consent>`);

/** A page as a portal has it: a header with links, the main content (with links), a footer. */
function addPage(): { links: HTMLAnchorElement[]; main: HTMLElement } {
  const wrapper = document.createElement('div');
  wrapper.className = 'page';
  const link = (href: string, text: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };
  const header = document.createElement('header');
  header.append(link('#home', 'Home'), link('#data', 'Datasets'));
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = 'Open data portal';
  main.append(heading, link('#search', 'Search the catalogue'), link('#map', 'Map'));
  const footer = document.createElement('footer');
  footer.append(link('#legal', 'Legal notice'));
  wrapper.append(header, main, footer);
  document.body.append(wrapper);
  return { links: [...wrapper.querySelectorAll('a')], main };
}

/** The element that has focus, looking into the element's shadow root. */
function focused(element: CookieConsent): Element | null {
  return document.activeElement === element ? element.shadowRoot!.activeElement : document.activeElement;
}

async function tab(): Promise<void> {
  await sendKeys({ press: 'Tab' });
}

/** Tabs (at most 20 times) until the focused control is `target`. */
async function tabTo(element: CookieConsent, target: Element | null): Promise<void> {
  for (let i = 0; i < 20 && focused(element) !== target; i++) await tab();
  expect(focused(element)).to.equal(target);
}

function blurAll(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

async function openPreferences(element: CookieConsent): Promise<HTMLDialogElement> {
  part(element, 'customize')!.click();
  return openDialog(element);
}

/** A visitor opens every category's cookie table. */
async function openEveryTable(dialog: HTMLDialogElement): Promise<HTMLDetailsElement[]> {
  const details = [...dialog.querySelectorAll('details')];
  for (const disclosure of details) disclosure.querySelector('summary')!.click();
  await frame();
  return details;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Firefox is driven over WebDriver BiDi, which cannot emulate media features yet: those tests run in Chromium. */
const canEmulate = !navigator.userAgent.includes('Firefox');
const itEmulating = canEmulate ? it : it.skip;

/** The page's own `lang` and `dir`, put back after a test that changed them. */
const ROOT_ATTRIBUTES = Object.fromEntries(
  ['lang', 'dir'].map((name) => [name, document.documentElement.getAttribute(name)]),
);

async function resetPage(): Promise<void> {
  cleanPage();
  for (const [name, value] of Object.entries(ROOT_ATTRIBUTES))
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
  if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
}

describe('audit: focus after a decision never goes to nothing', () => {
  beforeEach(() => {
    clearCookies();
    blurAll();
  });
  afterEach(resetPage);

  it('"Reject all" pressed with Enter gives focus back to the page link the visitor was on', async () => {
    const { links } = addPage();
    const element = await seedConsent();
    const from = links[2];
    from.focus();
    // The visitor comes into the banner from that link (the first Tab need not reach the banner).
    part(element, 'reject-all')!.focus();
    expect(focused(element)).to.equal(part(element, 'reject-all'));
    await sendKeys({ press: 'Enter' });
    await until(() => !element.open, 'the banner to close');
    await element.updateComplete;
    expect(document.activeElement).to.equal(from);
  });

  it('with nothing focused before, Tab into the banner and Enter on "Accept all": focus goes to the main content', async () => {
    // The banner comes first in the page, so that Tab from nowhere reaches it before any page link.
    const element = await seedConsent();
    const { main } = addPage();
    blurAll();
    expect(document.activeElement).to.equal(document.body);
    await tabTo(element, part(element, 'accept-all'));
    await sendKeys({ press: 'Enter' });
    await until(() => !element.open, 'the banner to close');
    await element.updateComplete;
    expect(document.activeElement).to.equal(main);
    expect(document.activeElement).not.to.equal(document.body);
  });

  for (const from of ['a page link', 'nowhere'] as const) {
    it(`"Customize", then "Save my choices" in the dialog: focus goes back where the visitor came from (${from}), never to the body`, async () => {
      const element = await seedConsent();
      const { links, main } = addPage();
      blurAll();
      if (from === 'a page link') links[3].focus();
      // Into the banner: straight to "Customize" from the link, with Tab from nowhere.
      if (from === 'a page link') part(element, 'customize')!.focus();
      else await tabTo(element, part(element, 'customize'));
      await sendKeys({ press: 'Enter' });
      const dialog = await openDialog(element);
      await tabTo(element, dialog.querySelector('[part~="save"]'));
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog.open && !element.open, 'the dialog and the banner to close');
      await element.updateComplete;
      await frame();
      expect(document.activeElement).not.to.equal(document.body);
      expect(document.activeElement).to.equal(from === 'a page link' ? links[3] : main);
    });
  }
});

describe('audit: the dialog with a long policy, on a phone', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  for (const viewport of [
    { width: 375, height: 667 },
    { width: 320, height: 568 },
  ]) {
    it(`with 12 cookies and every table open, save, accept and reject stay in view while the categories scroll (${viewport.width}×${viewport.height})`, async () => {
      await setViewport(viewport);
      const element = await seedConsent();
      const dialog = await openPreferences(element);
      const details = await openEveryTable(dialog);
      expect(details.every((disclosure) => disclosure.open)).to.equal(true);

      for (const name of ['save', 'accept-all', 'reject-all']) {
        const box = dialog.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
        expect(box.height, name).to.be.above(0);
        expect(box.top, `${name} top`).to.be.at.least(0);
        expect(box.bottom, `${name} bottom`).to.be.at.most(innerHeight);
        expect(box.left, `${name} left`).to.be.at.least(0);
        expect(box.right, `${name} right`).to.be.at.most(innerWidth);
      }
      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(body.scrollHeight, 'the categories scroll').to.be.above(body.clientHeight);
      body.scrollTop = body.scrollHeight;
      expect(body.scrollTop).to.be.above(0);

      const counts = parts(element, 'category').map(
        (category) => category.querySelector('summary')?.textContent?.trim() ?? '(no cookie table)',
      );
      expect(counts).to.deep.equal(Object.values(SEED_COOKIES).map((list) => `Cookies: ${list.length}`));
    });
  }
});

describe('audit: reflow at 320 px (WCAG 1.4.10) and text spacing (WCAG 1.4.12)', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  const LONG = {
    ...SEED_COOKIES,
    'third-party': [
      ...SEED_COOKIES['third-party'],
      cookie('AMCV_0123456789ABCDEF01234567%40AdobeOrg', 'Adobe', 'Experience Cloud', 'Visitor identifier', '2 years'),
    ],
  };

  /** WCAG 1.4.12's spacing, as a reader's style sheet applies it inside the element. */
  function applyTextSpacing(element: CookieConsent): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
    );
    element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, sheet];
  }

  for (const spacing of [false, true]) {
    it(`a long cookie name does not make the dialog scroll sideways${spacing ? ', with WCAG text spacing' : ''}`, async () => {
      await setViewport({ width: 320, height: 568 });
      const element = await seedConsent('', seedConfig(LONG));
      const dialog = await openPreferences(element);
      if (spacing) applyTextSpacing(element);
      await openEveryTable(dialog);
      const name = [...dialog.querySelectorAll('td')].find((cell) => cell.textContent!.includes('AMCV_'))!;
      expect(name, 'the long cookie is shown').to.exist;
      if (spacing) expect(getComputedStyle(name).letterSpacing).not.to.equal('normal');

      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(dialog.scrollWidth, 'the dialog').to.be.at.most(dialog.clientWidth);
      expect(body.scrollWidth, 'the categories').to.be.at.most(body.clientWidth);
      expect(name.getBoundingClientRect().right).to.be.at.most(body.getBoundingClientRect().right);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(320);
    });
  }
});

describe('audit: language of parts (WCAG 3.1.2)', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  it('on a German page, a category label given only in English is marked lang="en"; one given in German is not', async () => {
    document.documentElement.lang = 'de';
    const config = configChild({
      categories: {
        statistical: { label: { en: 'Audience' } },
        'first-party': { label: { de: 'Komfort', en: 'Comfort' } },
      },
    });
    const element = await addConsent(`<cookie-consent policy-url="/cookies">${config}</cookie-consent>`);
    const dialog = await openPreferences(element);
    expect(dialog.getAttribute('lang')).to.equal('de');
    const labels = parts(element, 'category').map((category) => category.querySelector('h3 > label')!);
    const audience = labels.find((label) => label.textContent!.trim() === 'Audience')!;
    const comfort = labels.find((label) => label.textContent!.trim() === 'Komfort')!;
    expect(audience, 'the English label is shown').to.exist;
    expect(comfort, 'the German label is shown').to.exist;

    const marked = audience.querySelector('[lang]');
    expect(marked?.getAttribute('lang')).to.equal('en');
    expect(marked!.textContent).to.equal('Audience');
    expect(comfort.querySelector('[lang]'), 'no wrapper for text in the page language').to.equal(null);
    expect(comfort.closest('[lang]')!.getAttribute('lang')).to.equal('de');
  });
});

describe('audit: the phone banner is compact', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  /** A label's lines: the distinct tops of the boxes of its text. */
  function lineTops(button: Element): number[] {
    const range = document.createRange();
    range.selectNodeContents(button);
    return [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))];
  }

  const inside = (inner: DOMRect, outer: { top: number; bottom: number; left: number; right: number }) =>
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5 &&
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5;

  for (const viewport of [
    { width: 375, height: 667 },
    { width: 320, height: 568 },
    { width: 320, height: 256 },
  ]) {
    it(`the buttons fit on one line each inside the banner and the screen, the message scrolls (${viewport.width}×${viewport.height})`, async () => {
      await setViewport(viewport);
      const element = await seedConsent();
      const banner = part(element, 'banner')!;
      const box = banner.getBoundingClientRect();
      const screen = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      expect(inside(box, screen), 'the banner is inside the screen').to.equal(true);
      if (viewport.width === 375) {
        const share = (box.width * box.height) / (innerWidth * innerHeight);
        expect(share, 'share of the screen').to.be.at.most(1 / 3);
      }

      for (const name of ['accept-all', 'reject-all', 'customize']) {
        const button = part(element, name)!;
        const rect = button.getBoundingClientRect();
        expect(inside(rect, box), `${name} inside the banner`).to.equal(true);
        expect(inside(rect, screen), `${name} inside the screen`).to.equal(true);
        expect(lineTops(button), `${name} "${button.textContent}" on one line`).to.have.length(1);
      }

      const message = banner.querySelector<HTMLElement>('.message')!;
      expect(message.clientHeight, 'some of the message shows').to.be.above(0);
      if (viewport.height === 256) expect(message.scrollHeight, 'the message is cut').to.be.above(message.clientHeight);
      if (message.scrollHeight > message.clientHeight) {
        message.scrollTop = message.scrollHeight;
        expect(message.scrollTop, 'the rest of the message scrolls into view').to.be.above(0);
        expect(message.scrollTop + message.clientHeight).to.be.closeTo(message.scrollHeight, 1);
      }
    });
  }
});

/** Every axe violation (every rule axe runs by default, every impact), readably. */
async function violations(context: Element, { contrastChecked = true } = {}): Promise<string[]> {
  // axe skips the colour contrast of what is still fading in: let the banner's entrance finish first.
  await Promise.all((context.shadowRoot ?? document).getAnimations().map((animation) => animation.finished));
  const { violations: found, passes } = await window.axe.run(context);
  const problems = found.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  if (contrastChecked && !passes.some((rule) => rule.id === 'color-contrast'))
    problems.push('color-contrast was not checked');
  return problems;
}

describe('audit: axe-core, every rule and every impact', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  const CASES: { name: string; attributes?: string; setup?: () => Promise<void>; rtl?: boolean; emulated?: boolean }[] =
    [
      { name: 'light', attributes: 'theme="light"' },
      { name: 'dark', attributes: 'theme="dark"' },
      { name: '375 px wide', setup: () => setViewport({ width: 375, height: 667 }) },
      {
        name: 'right to left (Arabic)',
        attributes: 'lang="ar"',
        rtl: true,
        setup: async () => document.documentElement.setAttribute('dir', 'rtl'),
      },
      { name: 'forced colours', emulated: true, setup: () => emulateMedia({ forcedColors: 'active' }) },
    ];

  for (const { name, attributes = '', setup, rtl, emulated } of CASES) {
    (emulated ? itEmulating : it)(`the banner and the open dialog have no violation (${name})`, async () => {
      await setup?.();
      const element = await seedConsent(attributes);
      if (rtl) expect(getComputedStyle(part(element, 'banner')!).direction).to.equal('rtl');
      expect(await violations(element), 'banner').to.deep.equal([]);
      const dialog = await openPreferences(element);
      await openEveryTable(dialog);
      // axe-core reports no colour-contrast node for Arabic text in the dialog; the same colours are
      // checked in every other language above.
      expect(await violations(element, { contrastChecked: !rtl }), 'dialog').to.deep.equal([]);
    });
  }
});

describe('audit: semantics', () => {
  beforeEach(() => {
    clearCookies();
    blurAll();
  });
  afterEach(resetPage);

  it('the dialog has no header or banner landmark', async () => {
    const element = await seedConsent();
    const dialog = await openPreferences(element);
    expect(dialog.querySelector('header'), 'no <header> in the dialog').to.equal(null);
    expect(element.shadowRoot!.querySelector('header, [role="banner"]'), 'no banner landmark').to.equal(null);
  });

  it('the close button is named by its visible text, "Close"', async () => {
    const element = await seedConsent();
    await openPreferences(element);
    const close = part(element, 'close')!;
    expect(close.innerText.trim()).to.equal('Close');
    window.axe.setup(element.shadowRoot!.host);
    try {
      expect(window.axe.commons.text.accessibleText(close)).to.equal('Close');
    } finally {
      window.axe.teardown();
    }
  });

  it('every cookie table has a caption naming its category', async () => {
    const element = await seedConsent();
    await openPreferences(element);
    const categories = parts(element, 'category');
    expect(categories).to.have.length(4);
    for (const category of categories) {
      const label = category.querySelector('h3')!.textContent!.trim();
      const caption = category.querySelector('table[part~="cookie-table"] > caption')?.textContent?.trim();
      expect(caption, label).to.be.a('string').and.not.equal('');
      expect(caption, label).to.include(label);
    }
  });

  it('the banner is announced once, a frame after it appears, and focus does not move', async () => {
    const { links } = addPage();
    links[1].focus();
    const container = document.createElement('div');
    document.body.append(container);
    const element = document.createElement('cookie-consent') as CookieConsent;
    element.setAttribute('policy-url', '/cookies');
    container.append(element);
    await element.updateComplete;
    const root = element.shadowRoot!;
    const announce = root.querySelector('.announce')!;
    expect(part(element, 'banner'), 'the banner is there').to.exist;
    expect(announce.getAttribute('role')).to.equal('status');
    expect(announce.textContent, 'the live region is empty on the first render').to.equal('');
    await until(() => root.querySelector('.announce')!.textContent, 'the announcement');
    expect(root.querySelector('.announce')!.textContent).to.equal('We use cookies');
    // Once: later renders keep the same text, so nothing is said again.
    await frame();
    expect(root.querySelectorAll('[role="status"]')).to.have.length(1);
    expect(root.querySelector('.announce')!.textContent).to.equal('We use cookies');
    expect(document.activeElement, 'focus did not move').to.equal(links[1]);
  });
});

describe('audit: links to the policies', () => {
  beforeEach(() => clearCookies());
  afterEach(resetPage);

  /** The links the visitor sees in a layer, as text and address. */
  const linksIn = (layer: Element) =>
    [...layer.querySelectorAll<HTMLAnchorElement>('a[part~="policy-link"]')].map((a) => [
      a.textContent!.trim(),
      a.getAttribute('href'),
      a.getAttribute('part'),
    ]);

  it('privacy-url adds a "Privacy policy" link beside the cookie policy link, on the banner and in the dialog', async () => {
    const element = await seedConsent();
    const expected = [
      ['Cookie policy', '/cookies', 'policy-link'],
      ['Privacy policy', '/privacy', 'policy-link privacy-link'],
    ];
    const banner = part(element, 'banner')!;
    expect(linksIn(banner)).to.deep.equal(expected);
    const [cookiePolicy, privacy] = banner.querySelectorAll('a[part~="policy-link"]');
    expect(privacy.parentElement, 'side by side').to.equal(cookiePolicy.parentElement);
    const dialog = await openPreferences(element);
    expect(linksIn(dialog)).to.deep.equal(expected);
  });

  it('a javascript: privacy-url adds no link and one warning', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent(
        `<cookie-consent policy-url="/cookies" privacy-url="javascript:alert(1)">${seedConfig()}</cookie-consent>`,
      );
      const dialog = await openPreferences(element);
      expect(parts(element, 'privacy-link')).to.deep.equal([]);
      expect(linksIn(part(element, 'banner')!)).to.deep.equal([['Cookie policy', '/cookies', 'policy-link']]);
      expect(linksIn(dialog)).to.deep.equal([['Cookie policy', '/cookies', 'policy-link']]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('privacy-url').and.include('javascript:');
    } finally {
      warnings.restore();
    }
  });
});
