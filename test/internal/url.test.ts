import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/url.js';

describe('safeUrl', () => {
  for (const url of [
    '/pages/cookies',
    'cookies.html',
    '../policy',
    '#cookies',
    '?page=cookies',
    'https://example.org/cookies',
    'http://example.org/cookies',
    '//example.org/cookies',
    'HTTPS://EXAMPLE.ORG/',
  ]) {
    it(`accepts ${url} as it is`, () => {
      expect(safeUrl(url)).to.equal(url);
    });
  }

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1',
    'mailto:dpo@example.org',
    'ftp://example.org/policy',
  ]) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url)).to.equal(null);
    });
  }

  it('gives null for no value', () => {
    expect(safeUrl(null)).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
    expect(safeUrl('')).to.equal(null);
  });

  it('gives null for a URL that cannot be parsed', () => {
    expect(safeUrl('http://[::1')).to.equal(null);
  });

  it('resolves relative URLs against the given base', () => {
    expect(safeUrl('cookies', 'https://example.org/')).to.equal('cookies');
    expect(safeUrl('cookies', 'data:text/plain,x')).to.equal(null);
  });
});
