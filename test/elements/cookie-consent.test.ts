import { expect } from '@open-wc/testing';
import { addConsent, cleanPage, clearCookies, part, parts, storedChoice, nextEvent } from '../helpers.js';
import type { ConsentChangeDetail } from '../../src/consent/state.js';

describe('<cookie-consent> first layer', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  it('shows the banner when there is no stored choice', async () => {
    const element = await addConsent();
    expect(element.open).to.equal(true);
    expect(part(element, 'banner')).to.exist;
    expect(part(element, 'accept-all')!.textContent).to.equal('Accept all');
  });

  it('accepting all writes a cookie with every optional category true', async () => {
    const element = await addConsent();
    const change = nextEvent<ConsentChangeDetail>('consent-change');
    part(element, 'accept-all')!.click();
    const { detail } = await change;
    expect(detail.source).to.equal('banner');
    expect(detail.changed).to.deep.equal(['statistical', 'first-party', 'third-party']);
    const choice = storedChoice()!;
    expect(choice.categories).to.deep.equal({ necessary: true, statistical: true, 'first-party': true, 'third-party': true });
    await element.updateComplete;
    expect(element.open).to.equal(false);
    expect(parts(element, 'banner')).to.have.length(0);
  });
});
