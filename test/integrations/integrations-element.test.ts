import { expect } from '@open-wc/testing';
import { addConsent, captureWarnings, cleanPage, clearCookies, storeChoice, until, validChoice } from '../helpers.js';

declare global {
  interface Window {
    gatedLog?: string[];
    log?: string[];
    ran?: Record<string, { async: boolean; nonce: string; id: string; extra?: string; type: string }>;
  }
}

/** Adds markup to the page the way a site's HTML would have it, around the element. */
function pageWith(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

describe('the integrations on the element (from source)', () => {
  beforeEach(() => {
    clearCookies();
    window.gatedLog = [];
    window.log = [];
  });
  afterEach(() => cleanPage());

  it('runs accepted gated inline scripts in document order, and none of a refused category', async () => {
    const page = pageWith(`
      <script type="text/plain" data-consent="statistical">window.gatedLog.push('first')</script>
      <script type="text/plain" data-consent="third-party">window.gatedLog.push('ads')</script>
      <script type="text/plain" data-consent="statistical">window.gatedLog.push('second')</script>`);
    const element = await addConsent();
    element.save({ statistical: true });
    await until(() => window.gatedLog!.length === 2, 'the gated scripts');
    expect(window.gatedLog).to.deep.equal(['first', 'second']);
    expect(page.querySelectorAll('script[type="text/plain"]')).to.have.length(1);
  });

  it('gives an accepted embed its source and hides its placeholder; a javascript: source is refused with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const page = pageWith(`
        <img data-consent="third-party" data-src="/docs/screenshots/banner-light.png" alt="">
        <iframe data-consent="third-party" data-src="javascript:alert(1)" title="x"></iframe>
        <div data-consent-placeholder="third-party">Placeholder</div>`);
      const element = await addConsent();
      const placeholder = page.querySelector<HTMLElement>('[data-consent-placeholder]')!;
      expect(placeholder.hidden).to.equal(false);
      element.acceptAll();
      await until(() => page.querySelector('img')!.getAttribute('src'), 'the image source');
      expect(page.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
      expect(placeholder.hidden).to.equal(true);
      expect(warnings.messages.filter((message) => message.includes('javascript:'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a data-consent-accept button accepts just its categories, on top of the current choice', async () => {
    storeChoice(validChoice());
    const page = pageWith('<button data-consent-accept="third-party">Load the video</button>');
    const element = await addConsent();
    page.querySelector('button')!.click();
    expect(element.state.accepted).to.deep.equal(['necessary', 'statistical', 'third-party']);
  });

  it('a script added later by a single-page app runs at once when its category is already accepted', async () => {
    storeChoice(validChoice());
    await addConsent();
    pageWith('<script type="text/plain" data-consent="statistical">window.gatedLog.push("late")</script>');
    await until(() => window.gatedLog!.length === 1, 'the late script');
  });

  it('warns once about a category that does not exist, and never runs its script', async () => {
    const warnings = captureWarnings();
    try {
      pageWith('<script type="text/plain" data-consent="marketing">window.gatedLog.push("marketing")</script>');
      const element = await addConsent();
      element.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.gatedLog).to.deep.equal([]);
      expect(warnings.messages.filter((message) => message.includes('"marketing"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a choice posted by another tab is taken with source sync, and the tab that decided hears no echo', async () => {
    const element = await addConsent();
    const changes: string[] = [];
    document.addEventListener('consent-change', (event) => changes.push(event.detail.source));
    const other = new BroadcastChannel('cookie-consent:cookies_preferences');
    const heard: unknown[] = [];
    other.onmessage = ({ data }) => heard.push(data);
    other.postMessage(encodeURIComponent(JSON.stringify(validChoice())));
    await until(() => element.state.decided, 'the synced choice');
    expect(changes).to.deep.equal(['sync']);
    element.rejectAll();
    await until(() => heard.length === 1, 'the message to the other tab');
    expect(changes).to.deep.equal(['sync', 'api']);
    other.close();
  });

  it('a message that is not a valid choice is ignored', async () => {
    const element = await addConsent();
    const other = new BroadcastChannel('cookie-consent:cookies_preferences');
    other.postMessage('%7Bnot json');
    other.postMessage(42);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.state.decided).to.equal(false);
    other.close();
  });

  it('withdrawing deletes the cookies a refused category declares', async () => {
    storeChoice(validChoice());
    const element = await addConsent(`<cookie-consent><script type="application/json">
      { "categories": { "statistical": { "cookies": [ { "name": "_pk_id.*" }, { "name": "_ga" } ] } } }</script></cookie-consent>`);
    document.cookie = '_pk_id.1.abcd=1; path=/';
    document.cookie = '_ga=1; path=/';
    document.cookie = 'kept=1; path=/';
    element.rejectAll();
    const names = document.cookie.split('; ').map((cookie) => cookie.split('=')[0]);
    expect(names).to.include('kept');
    expect(names).to.not.include('_ga');
    expect(names).to.not.include('_pk_id.1.abcd');
  });

  it('sends a receipt of a decision to log-endpoint, and warns once about an endpoint that is not http(s)', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent('<cookie-consent log-endpoint="javascript:alert(1)"></cookie-consent>');
      element.acceptAll();
      element.rejectAll();
      expect(warnings.messages.filter((message) => message.includes('log-endpoint'))).to.have.length(2);
      element.logEndpoint = '/receipts/elementunit';
      element.acceptAll();
      const received: unknown[] = [];
      await until(async () => {
        received.push(...(await (await fetch('/receipts/elementunit')).json()));
        return received.length > 0;
      }, 'the receipt');
      await new Promise((resolve) => setTimeout(resolve, 100));
      received.push(...(await (await fetch('/receipts/elementunit')).json()));
      expect(received).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('runs an external gated script with its attributes, its type from data-type, and the element nonce', async () => {
    const page = pageWith(`
      <script type="text/plain" data-consent="statistical" id="tracker" data-extra="kept" src="/test/integrations/pages/probe.js?name=external"></script>
      <script type="text/plain" data-consent="statistical" data-type="module" src="/test/integrations/pages/probe-module.js?name=module"></script>
      <script type="text/plain" data-consent="statistical" async src="/test/integrations/pages/probe.js?name=async"></script>`);
    const element = await addConsent('<cookie-consent nonce="n0nce"></cookie-consent>');
    element.acceptAll();
    await until(() => window.log!.length === 3, 'the three scripts');
    expect(window.log!.slice(0, 2)).to.deep.equal(['external', 'module']);
    expect(window.ran!.external).to.include({ id: 'tracker', extra: 'kept', nonce: 'n0nce', async: false });
    expect(window.ran!.async.async).to.equal(true);
    expect(page.querySelectorAll('script[type="text/plain"]')).to.have.length(0);
  });

  it('a gated script removed before its turn never runs', async () => {
    const page = pageWith(
      '<script type="text/plain" data-consent="statistical">window.gatedLog.push("removed")</script>',
    );
    const element = await addConsent();
    element.acceptAll();
    page.querySelector('script')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.gatedLog).to.deep.equal([]);
  });

  it('gives a video its sources, an image its srcset and an embed its URL, including one added later by itself', async () => {
    storeChoice(
      validChoice({ categories: { necessary: true, statistical: false, 'first-party': false, 'third-party': true } }),
    );
    const page = pageWith(`
      <video data-consent="third-party"><source data-src="/test/integrations/pages/pixel.svg" type="image/svg+xml"></video>
      <img data-consent="third-party" data-srcset="/test/integrations/pages/pixel.svg 1x" alt="">`);
    await addConsent();
    const embed = document.createElement('embed');
    embed.dataset.consent = 'third-party';
    embed.dataset.src = '/test/integrations/pages/embedded.html';
    page.append(embed);
    await until(() => embed.getAttribute('src'), 'the embed source');
    expect(page.querySelector('source')!.getAttribute('src')).to.equal('/test/integrations/pages/pixel.svg');
    expect(page.querySelector('img')!.getAttribute('srcset')).to.equal('/test/integrations/pages/pixel.svg 1x');
  });
});
