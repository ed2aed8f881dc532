import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/consent/state.js';
import {
  addConsent,
  captureWarnings,
  cleanPage,
  clearCookies,
  part,
  storeChoice,
  storedChoice,
  until,
  validChoice,
} from '../helpers.js';

describe('<cookie-consent> settings are live (from source)', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('a new revision set as a property asks again, and the next decision is stored under it', async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    expect(element.state.decided).to.equal(true);
    const changes: ConsentChangeDetail[] = [];
    document.addEventListener('consent-change', (event) => changes.push(event.detail), { once: true });
    element.revision = 1;
    await element.updateComplete;
    expect(element.state.decided).to.equal(false);
    expect(element.open).to.equal(true);
    expect(changes.map((change) => change.source)).to.deep.equal(['api']);
    element.acceptAll();
    expect(storedChoice()!.revision).to.equal(1);
  });

  it('a setting that changes nothing of the stored choice is no change', async () => {
    storeChoice(validChoice());
    const element = await addConsent();
    let heard = 0;
    const count = () => heard++;
    document.addEventListener('consent-change', count);
    element.expiresDays = 100;
    await element.updateComplete;
    document.removeEventListener('consent-change', count);
    expect(heard).to.equal(0);
    expect(element.state.decided).to.equal(true);
  });

  it('an invalid property value gets one warning and the default', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent();
      (element as unknown as { revision: unknown }).revision = -1;
      (element as unknown as { expiresDays: unknown }).expiresDays = 'abc';
      await element.updateComplete;
      expect(element.revision).to.equal(0);
      expect(element.expiresDays).to.equal(182);
      expect(warnings.messages.filter((message) => message.includes('revision'))).to.have.length(1);
      expect(warnings.messages.filter((message) => message.includes('expires-days'))).to.have.length(1);
      element.revision = '2' as unknown as number;
      await element.updateComplete;
      expect(element.revision).to.equal(2);
    } finally {
      warnings.restore();
    }
  });

  it('a config whose getter throws is one warning; the banner still works', async () => {
    const warnings = captureWarnings();
    try {
      const container = document.createElement('div');
      container.innerHTML = '<cookie-consent></cookie-consent>';
      const element = container.querySelector('cookie-consent')!;
      element.config = {
        get categories(): never {
          throw new Error('x');
        },
      };
      document.body.append(container);
      await element.updateComplete;
      await until(() => part(element, 'banner'), 'the banner');
      expect(
        warnings.messages.filter((message) => message.includes('config property could not be read')),
      ).to.have.length(1);
      element.rejectAll();
      expect(storedChoice()).to.exist;
    } finally {
      warnings.restore();
    }
  });

  it('save() with something that is not an object is ignored with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent();
      element.save(null as unknown as Record<string, boolean>);
      expect(element.state.decided).to.equal(false);
      expect(warnings.messages.filter((message) => message.includes('save()'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('a decision asked for while one is announced comes after it, and is the one that holds', async () => {
    const element = await addConsent();
    const order: string[] = [];
    let once = true;
    const listener = (event: CustomEvent<ConsentChangeDetail>) => {
      order.push(event.detail.state.accepted.join(' '));
      if (once) {
        once = false;
        element.rejectAll();
        order.push('asked');
      }
    };
    document.addEventListener('consent-change', listener);
    element.acceptAll();
    document.removeEventListener('consent-change', listener);
    expect(order).to.deep.equal(['necessary statistical first-party third-party', 'asked', 'necessary']);
    expect(storedChoice()!.categories).to.deep.include({ statistical: false });
  });

  it('with two elements, the first serves; removed, the second takes over', async () => {
    const warnings = captureWarnings();
    try {
      const first = await addConsent('<cookie-consent></cookie-consent>');
      const second = await addConsent('<cookie-consent categories="analytics"></cookie-consent>');
      expect(warnings.messages.filter((message) => message.includes('only one'))).to.have.length(1);
      expect(Object.keys(window.cookieConsent!.state.categories)).to.include('statistical');
      first.remove();
      await second.updateComplete;
      await until(() => Object.keys(window.cookieConsent!.state.categories).includes('analytics'), 'the second');
      window.cookieConsent!.acceptAll();
      expect(storedChoice()!.categories).to.deep.equal({ necessary: true, analytics: true });
    } finally {
      warnings.restore();
    }
  });

  it('the API with no element on the page warns and does nothing; whenAccepted never rejects', async () => {
    const warnings = captureWarnings();
    try {
      window.cookieConsent!.acceptAll();
      expect(warnings.messages.filter((message) => message.includes('no <cookie-consent>'))).to.have.length(1);
      expect(window.cookieConsent!.state.decided).to.equal(false);
      const hostile = {
        toString: () => {
          throw new Error('boom');
        },
      } as unknown as string;
      expect(window.cookieConsent!.accepted(hostile)).to.equal(false);
      let settled = 'pending';
      window.cookieConsent!.whenAccepted(hostile).then(
        () => (settled = 'resolved'),
        () => (settled = 'rejected'),
      );
      const element = await addConsent();
      element.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(settled).to.equal('pending');
      await window.cookieConsent!.whenAccepted('statistical');
      expect(window.cookieConsent!.accepted('necessary')).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('a privacy-url alone shows its link; a javascript: one shows none and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const element = await addConsent('<cookie-consent privacy-url="/privacy"></cookie-consent>');
      expect(part(element, 'privacy-link')!.getAttribute('href')).to.equal('/privacy');
      element.privacyUrl = 'javascript:alert(1)';
      await element.updateComplete;
      expect(part(element, 'privacy-link')).to.equal(null);
      expect(warnings.messages.filter((message) => message.includes('privacy-url'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
