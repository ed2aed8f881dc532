import { expect } from '@open-wc/testing';
import { trackerOf } from '../../src/consent/known-trackers.js';

describe('known trackers', () => {
  const cases: [string, string | undefined][] = [
    ['_ga', 'Google Analytics'],
    ['_ga_*', 'Google Analytics'],
    ['_gid', 'Google Analytics'],
    ['_fbp', 'Meta'],
    ['_pk_id.*', 'Matomo'],
    ['_pk_ses.1.abcd', 'Matomo'],
    ['_hjSessionUser_*', 'Hotjar'],
    ['_clck', 'Microsoft Clarity'],
    ['li_sugr', 'LinkedIn'],
    ['_ttp', 'TikTok'],
    ['hubspotutk', 'HubSpot'],
    ['sessionid', undefined],
    ['csrftoken', undefined],
    ['django_language', undefined],
    ['cookies_preferences', undefined],
    ['_gallery', undefined],
  ];
  for (const [name, service] of cases) {
    it(`"${name}" is ${service ?? 'no known tracker'}`, () => {
      expect(trackerOf(name)).to.equal(service);
    });
  }
});
