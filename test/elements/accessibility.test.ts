import 'axe-core';
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookieConsent } from '../../src/elements/cookie-consent/cookie-consent.js';
import { addConsent, cleanPage, clearCookies, openDialog, part, parts, storedChoice } from '../helpers.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** A site's configuration with cookie tables, so that the dialog shows everything it can. */
const CONFIG = `<script type="application/json">{ "categories": {
  "necessary": { "cookies": [
    { "name": "sessionid", "provider": "Opendatasoft", "purpose": "To remember the user from one page to another", "duration": "2 weeks" },
    { "name": "cookies_preferences", "provider": "Opendatasoft", "purpose": "To remember the visitor's cookie preferences", "duration": "6 months" } ] },
  "statistical": { "cookies": [ { "name": "_pk_id.*", "provider": "Matomo", "purpose": "Visitor id", "duration": "13 months" } ] } },
  "texts": { "ar": { "title": "نستخدم ملفات تعريف الارتباط", "acceptAll": "قبول الكل", "rejectAll": "رفض الكل", "customize": "تخصيص" } } }</script>`;

const consent = (attributes = '') =>
  addConsent(`<cookie-consent policy-url="/cookies" ${attributes}>${CONFIG}</cookie-consent>`);

/** axe-core on the element (its shadow DOM included): the serious and critical violations, readably. */
async function seriousViolations(context: Element, { contrastChecked = true } = {}): Promise<string[]> {
  // axe skips the colour contrast of what is still fading in: let the banner's entrance finish first.
  await Promise.all((context.shadowRoot ?? document).getAnimations().map((animation) => animation.finished));
  const { violations, passes } = await window.axe.run(context, { resultTypes: ['violations'] });
  if (contrastChecked && !passes.some((rule) => rule.id === 'color-contrast'))
    return ['color-contrast was not checked'];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

async function openPreferences(element: CookieConsent): Promise<HTMLDialogElement> {
  part(element, 'customize')!.click();
  return openDialog(element);
}

/** The element that has focus, looking into the element's shadow root. */
function focused(element: CookieConsent): Element | null {
  return document.activeElement === element ? element.shadowRoot!.activeElement : document.activeElement;
}

async function tab(shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

/**
 * Firefox also stops on a scroll container (the dialog's list of categories), which a keyboard user
 * scrolls with the arrow keys: skipped where a test counts controls.
 */
const isScroller = (element: Element | null) => element?.classList.contains('body') ?? false;

/** Tabs (at most 20 times) until the focused control is `target`. */
async function tabTo(element: CookieConsent, target: Element | null): Promise<void> {
  for (let i = 0; i < 20 && focused(element) !== target; i++) await tab();
  expect(focused(element)).to.equal(target);
}

/** Firefox is driven over WebDriver BiDi, which cannot emulate media features yet: those tests run in Chromium. */
const canEmulate = !navigator.userAgent.includes('Firefox');
const itEmulating = canEmulate ? it : it.skip;

async function resetMedia(): Promise<void> {
  if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
}

function blurAll(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

const THEMES = [
  { name: 'light', attribute: 'theme="light"' },
  { name: 'dark', attribute: 'theme="dark"' },
] as const;

describe('<cookie-consent> accessibility (axe-core)', () => {
  beforeEach(() => clearCookies());
  afterEach(async () => {
    cleanPage();
    document.documentElement.removeAttribute('dir');
    await resetMedia();
  });

  for (const theme of THEMES) {
    for (const lang of ['en', 'es']) {
      it(`the opt-out notice has no serious violation, and its three buttons a name each (${theme.name}, ${lang})`, async () => {
        const element = await consent(`${theme.attribute} lang="${lang}" regime="opt-out"`);
        expect(parts(element, 'opt-out').length + parts(element, 'acknowledge').length).to.equal(2);
        expect(part(element, 'banner')!.getAttribute('aria-labelledby')).to.equal('cc-title');
        expect(await seriousViolations(element)).to.deep.equal([]);
      });
    }
  }

  for (const theme of THEMES) {
    for (const lang of ['en', 'fr', 'ja']) {
      it(`the banner has no serious violation (${theme.name}, ${lang})`, async () => {
        const element = await consent(`${theme.attribute} lang="${lang}"`);
        expect(part(element, 'banner')!.getAttribute('lang')).to.equal(lang);
        expect(await seriousViolations(element)).to.deep.equal([]);
      });

      it(`the open preferences dialog has no serious violation (${theme.name}, ${lang})`, async () => {
        const element = await consent(`${theme.attribute} lang="${lang}"`);
        await openPreferences(element);
        expect(await seriousViolations(element)).to.deep.equal([]);
      });
    }
  }

  for (const theme of THEMES) {
    it(`in a right-to-left page, the banner and the dialog are mirrored with no serious violation (${theme.name})`, async () => {
      document.documentElement.setAttribute('dir', 'rtl');
      const element = await consent(`${theme.attribute} lang="ar"`);
      const banner = part(element, 'banner')!;
      expect(banner.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(banner).direction).to.equal('rtl');
      expect(part(element, 'title')!.textContent).to.equal('نستخدم ملفات تعريف الارتباط');
      expect(await seriousViolations(element)).to.deep.equal([]);
      const dialog = await openPreferences(element);
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      const head = dialog.querySelector('.head')!.getBoundingClientRect();
      const toggle = parts(element, 'switch')[1].getBoundingClientRect();
      expect(toggle.left - head.left, 'the switch sits at the left end in RTL').to.be.below(1);
      // axe-core reports no colour-contrast node for Arabic text in the dialog; the same colours are
      // checked in every other language above.
      expect(await seriousViolations(element, { contrastChecked: false })).to.deep.equal([]);
    });
  }

  itEmulating(
    'with theme="auto" and a dark colour scheme, the banner and the dialog have no serious violation',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const element = await consent('lang="fr"');
      expect(getComputedStyle(part(element, 'banner')!).backgroundColor).to.equal('rgb(31, 31, 35)');
      expect(await seriousViolations(element)).to.deep.equal([]);
      await openPreferences(element);
      expect(await seriousViolations(element)).to.deep.equal([]);
    },
  );

  itEmulating('in forced-colors mode the banner and the dialog have no serious violation', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const element = await consent();
    expect(await seriousViolations(element)).to.deep.equal([]);
    await openPreferences(element);
    expect(await seriousViolations(element)).to.deep.equal([]);
  });
});

describe('<cookie-consent> with the keyboard only', () => {
  beforeEach(() => {
    clearCookies();
    blurAll();
  });
  afterEach(() => cleanPage());

  it('the banner does not take focus when it appears, and the first Tab reaches it', async () => {
    const element = await consent();
    expect(document.activeElement).to.equal(document.body);
    await tab();
    expect(focused(element)).to.equal(part(element, 'policy-link'));
  });

  it('a visitor reaches every control of the banner and the dialog, and the dialog traps focus', async () => {
    const element = await consent();
    await tab();
    const order = [];
    for (let i = 0; i < 3; i++) {
      await tab();
      order.push(focused(element)!.getAttribute('part'));
    }
    expect(order).to.deep.equal(['accept-all', 'reject-all', 'customize']);

    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(element);
    const seen = [focused(element)];
    while (seen.length < 11) {
      await tab();
      if (!isScroller(focused(element))) seen.push(focused(element));
    }
    const switches = parts(element, 'switch');
    const summaries = [...dialog.querySelectorAll('summary')];
    expect(seen).to.deep.equal([
      part(element, 'close'),
      dialog.querySelector('[part~="policy-link"]'),
      summaries[0],
      switches[1],
      summaries[1],
      switches[2],
      switches[3],
      dialog.querySelector('[part~="save"]'),
      dialog.querySelector('[part~="accept-all"]'),
      dialog.querySelector('[part~="reject-all"]'),
      part(element, 'close'),
    ]);
    await tab(true);
    expect(focused(element), 'Shift+Tab from the first control wraps to the last').to.equal(
      dialog.querySelector('[part~="reject-all"]'),
    );
  });

  it('a visitor switches a category on with Space and saves with Enter', async () => {
    const element = await consent();
    await openPreferences(element);
    await tabTo(element, parts(element, 'switch')[1]);
    await sendKeys({ press: 'Space' });
    expect(parts<HTMLInputElement>(element, 'switch')[1].checked).to.equal(true);
    await tabTo(element, part(element, 'save'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(storedChoice()!.categories).to.deep.equal({
      necessary: true,
      statistical: true,
      'first-party': false,
      'third-party': false,
    });
    expect(element.open).to.equal(false);
  });

  it('Escape closes the dialog opened from a "Cookie settings" link and focus returns to the link', async () => {
    const element = await consent();
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.consentOpen = '';
    link.textContent = 'Cookie settings';
    document.body.append(link);
    link.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(element);
    expect(focused(element)).to.equal(part(element, 'close'));
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(link);
  });

  it('every control shows a visible focus ring', async () => {
    const element = await consent();
    await tab();
    for (let i = 0; i < 4; i++) {
      const control = focused(element)!;
      const style = getComputedStyle(control);
      expect(style.outlineStyle, control.getAttribute('part')!).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await tab();
    }
  });
});

describe('<cookie-consent> layout and prominence', () => {
  beforeEach(() => clearCookies());
  afterEach(async () => {
    cleanPage();
    await setViewport({ width: 800, height: 600 });
    await resetMedia();
  });

  const SAME = [
    'color',
    'background-color',
    'border',
    'border-radius',
    'font-family',
    'font-size',
    'font-weight',
    'padding',
    'text-decoration-line',
  ];

  function expectEqualProminence(element: CookieConsent, where: Element) {
    const accept = where.querySelector<HTMLElement>('[part~="accept-all"]')!;
    const reject = where.querySelector<HTMLElement>('[part~="reject-all"]')!;
    const [a, r] = [getComputedStyle(accept), getComputedStyle(reject)];
    for (const property of SAME) expect(r.getPropertyValue(property), property).to.equal(a.getPropertyValue(property));
    const [boxA, boxR] = [accept.getBoundingClientRect(), reject.getBoundingClientRect()];
    expect(boxR.width).to.be.closeTo(boxA.width, 0.5);
    expect(boxR.height).to.be.closeTo(boxA.height, 0.5);
    expect(element).to.exist;
  }

  for (const theme of ['light', 'dark', 'auto']) {
    for (const width of [1200, 375]) {
      (theme === 'auto' ? itEmulating : it)(
        `accept all and reject all look the same and have the same box (theme ${theme}, ${width}px)`,
        async () => {
          await setViewport({ width, height: 800 });
          if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
          const element = await consent(`theme="${theme}" lang="de"`);
          expectEqualProminence(element, part(element, 'banner')!);
          expectEqualProminence(element, await openPreferences(element));
        },
      );
    }
  }

  it('buttons, switches and the close button are at least 24 by 24 pixels', async () => {
    const element = await consent();
    await openPreferences(element);
    const targets = element.shadowRoot!.querySelectorAll('button, input');
    expect(targets.length).to.be.at.least(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
  });

  for (const [width, scale] of [
    [320, '320px'],
    [640, '200% zoom of a 1280px window'],
  ] as const) {
    it(`at ${scale} nothing scrolls sideways and the cookie tables reflow`, async () => {
      await setViewport({ width, height: 640 });
      const element = await consent('lang="nl"');
      const banner = part(element, 'banner')!;
      expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
      expect(banner.getBoundingClientRect().right).to.be.at.most(width);
      const dialog = await openPreferences(element);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      for (const table of parts(element, 'cookie-table')) {
        expect(table.getBoundingClientRect().right).to.be.at.most(dialog.getBoundingClientRect().right);
      }
      if (width === 320) {
        const cell = part(element, 'cookie-table')!.querySelector('td')!;
        expect(getComputedStyle(cell).display).to.equal('grid');
        // Chromium gives the label itself, Firefox the declaration: either way each value follows its column's name.
        expect(getComputedStyle(cell, '::before').content).to.match(/Cookie|attr\(data-label\)/);
        expect(part(element, 'cookie-table')!.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
      }
    });
  }

  it('the page behind the banner stays scrollable and clickable (no cookie wall)', async () => {
    const tall = document.createElement('div');
    tall.style.height = '3000px';
    document.body.append(tall);
    const element = await consent();
    expect(element.open).to.equal(true);
    window.scrollTo(0, 500);
    expect(window.scrollY).to.equal(500);
    expect(document.elementFromPoint(10, 10)).to.equal(tall);
    window.scrollTo(0, 0);
  });

  itEmulating('the banner does not animate when the visitor prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await consent();
    expect(getComputedStyle(part(still, 'banner')!).animationName).to.equal('none');
    cleanPage();
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await consent();
    expect(getComputedStyle(part(moving, 'banner')!).animationName).to.equal('cc-in');
  });

  for (const position of ['bottom', 'top', 'bottom-left', 'bottom-right', 'center']) {
    for (const width of [1200, 375]) {
      it(`position="${position}" keeps the banner inside the viewport (${width}px)`, async () => {
        await setViewport({ width, height: 700 });
        const element = await consent(`position="${position}"`);
        const box = part(element, 'banner')!.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.top).to.be.at.least(0);
        expect(box.right).to.be.at.most(width);
        expect(box.bottom).to.be.at.most(700);
        if (position === 'top') expect(box.top).to.be.below(20);
        if (position.startsWith('bottom')) expect(700 - box.bottom).to.be.below(20);
        if (position === 'bottom-left' && width > 800) expect(box.left).to.be.below(20);
        if (position === 'bottom-right' && width > 800) expect(width - box.right).to.be.below(20);
        if (position === 'center') expect(Math.abs((box.top + box.bottom) / 2 - 350)).to.be.below(2);
      });
    }
  }
});
