import { expect } from '@open-wc/testing';
import { defineElements } from '../src/define.js';
import { captureWarnings } from './helpers.js';

describe('defining the elements', () => {
  it('a second definition (the script included twice) keeps the first, with one warning', () => {
    const first = customElements.get('cookie-consent');
    const warnings = captureWarnings();
    try {
      defineElements();
      defineElements();
      expect(customElements.get('cookie-consent')).to.equal(first);
      expect(warnings.messages.filter((message) => message.includes('already defined'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('in a browser without what the element needs (Object.hasOwn), nothing is defined and one warning says why', () => {
    const hasOwn = Object.hasOwn;
    const warnings = captureWarnings();
    try {
      delete (Object as { hasOwn?: unknown }).hasOwn;
      expect(() => defineElements()).to.not.throw();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('Object.hasOwn');
    } finally {
      Object.hasOwn = hasOwn;
      warnings.restore();
    }
  });
});
