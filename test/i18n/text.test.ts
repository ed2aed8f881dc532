import { expect } from '@open-wc/testing';
import { localize, localizeWithLanguage } from '../../src/i18n/text.js';

describe('localize', () => {
  const label = { en: 'Statistics', fr: 'Statistiques', 'fr-ca': 'Statistiques (CA)' };

  it('gives a plain string for every language', () => {
    expect(localize('Audience', 'ja')).to.equal('Audience');
  });

  it('gives undefined for no value', () => {
    expect(localize(undefined, 'en')).to.equal(undefined);
  });

  it('picks the exact language first', () => {
    expect(localize(label, 'fr-ca')).to.equal('Statistiques (CA)');
    expect(localize(label, 'fr')).to.equal('Statistiques');
  });

  it('falls back from a region to its language', () => {
    expect(localize(label, 'fr-be')).to.equal('Statistiques');
  });

  it('falls back to English for another language', () => {
    expect(localize(label, 'de')).to.equal('Statistics');
  });

  it('falls back to the first text given when there is no English', () => {
    expect(localize({ nl: 'Statistieken', de: 'Statistik' }, 'ja')).to.equal('Statistieken');
  });

  it('gives undefined for an empty per-language object', () => {
    expect(localize({}, 'en')).to.equal(undefined);
  });

  it('never picks up a member of Object.prototype as a text', () => {
    expect(localize({}, 'constructor')).to.equal(undefined);
    expect(localize({ nl: 'Statistieken' }, 'tostring')).to.equal('Statistieken');
    expect(localize({ nl: 'Statistieken' }, 'toString')).to.equal('Statistieken');
  });
});

describe('localizeWithLanguage', () => {
  it('says which language the text is in, so a fallback can be marked with its own', () => {
    expect(localizeWithLanguage({ en: 'Statistics' }, 'de')).to.deep.equal(['Statistics', 'en']);
    expect(localizeWithLanguage({ fr: 'Statistiques', en: 'Statistics' }, 'fr-ca')).to.deep.equal([
      'Statistiques',
      'fr',
    ]);
    expect(localizeWithLanguage('Statistics', 'de')).to.deep.equal(['Statistics', 'de']);
    expect(localizeWithLanguage({ ja: '統計' }, 'de')).to.deep.equal(['統計', 'ja']);
    expect(localizeWithLanguage(undefined, 'de')).to.equal(undefined);
  });
});
