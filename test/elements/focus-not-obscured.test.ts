import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addConsent, cleanPage, clearCookies, part } from '../helpers.js';

const POSITIONS = ['bottom', 'top', 'bottom-left', 'bottom-right', 'center'];
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
];

/** A page with 20 focusable controls from top to bottom, as a portal's header, body and footer have. */
function page(): HTMLElement[] {
  const main = document.createElement('main');
  const controls: HTMLElement[] = [];
  for (let i = 0; i < 20; i++) {
    const block = document.createElement('p');
    block.style.margin = '0 0 2.5rem';
    const control = i % 4 === 3 ? document.createElement('input') : document.createElement('a');
    if (control instanceof HTMLAnchorElement) {
      control.href = `#c${i}`;
      control.textContent = `Link ${i}`;
    } else control.setAttribute('aria-label', `Field ${i}`);
    control.dataset.control = String(i);
    block.append(control);
    main.append(block);
    controls.push(control);
  }
  document.body.append(main);
  return controls;
}

/** How much of `element` (0 to 1) lies under the banner. */
function coveredShare(element: Element, banner: Element): number {
  const box = element.getBoundingClientRect();
  const cover = banner.getBoundingClientRect();
  const width = Math.max(0, Math.min(box.right, cover.right) - Math.max(box.left, cover.left));
  const height = Math.max(0, Math.min(box.bottom, cover.bottom) - Math.max(box.top, cover.top));
  return box.width * box.height ? (width * height) / (box.width * box.height) : 0;
}

describe('<cookie-consent> keeps focus clear of the banner (WCAG 2.4.11 Focus Not Obscured)', () => {
  beforeEach(() => clearCookies());
  afterEach(async () => {
    cleanPage();
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  for (const viewport of VIEWPORTS) {
    for (const position of POSITIONS) {
      it(`tabbing through 20 page controls, none is more than half under the banner (${position}, ${viewport.width}×${viewport.height})`, async () => {
        await setViewport(viewport);
        const controls = page();
        const before = document.documentElement.style.cssText;
        const element = await addConsent(`<cookie-consent position="${position}"></cookie-consent>`);
        const banner = part(element, 'banner')!;
        controls[0].focus();
        for (let i = 1; i < controls.length; i++) {
          await sendKeys({ press: 'Tab' });
          const focused = document.activeElement!;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(coveredShare(focused, banner), `control ${focused.getAttribute('data-control')}`).to.be.at.most(0.5);
        }
        // Closing the banner gives back the page's own root styles.
        element.rejectAll();
        await element.updateComplete;
        expect(document.documentElement.style.cssText).to.equal(before);
      });
    }
  }

  it("the page's own scroll-to-anchor lands clear of a bottom banner (scroll padding)", async () => {
    await setViewport({ width: 1280, height: 800 });
    const controls = page();
    const element = await addConsent('<cookie-consent></cookie-consent>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parseFloat(document.documentElement.style.scrollPaddingBottom)).to.be.above(0);
    controls[12].scrollIntoView({ block: 'end' });
    expect(coveredShare(controls[12], part(element, 'banner')!)).to.equal(0);
  });
});
