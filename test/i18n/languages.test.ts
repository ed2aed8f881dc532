import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, matchLanguage, pickLanguage, translator, type Texts } from '../../src/i18n/index.js';
import { direction, format } from '../../src/i18n/text.js';
import { addConsent, cleanPage, clearCookies, part } from '../helpers.js';

/** The languages SPEC names: every official language of the EU, and those that must be among the others. */
const EU = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt'];
const EU_2 = ['nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const REQUIRED = [
  'ar',
  'he',
  'fa',
  'ja',
  'ko',
  'zh-hans',
  'zh-hant',
  'tr',
  'uk',
  'ru',
  'no',
  'is',
  'ca',
  'pt-br',
  'hi',
];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

/** Keys a visitor reads whose text is never the English one in another language. */
const TRANSLATED: (keyof Texts)[] = [
  'title',
  'message',
  'withdraw',
  'acceptAll',
  'rejectAll',
  'save',
  'preferencesTitle',
  'optOut',
];

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

async function textsOf(tag: string): Promise<Texts> {
  return (await import(`../../src/i18n/languages/${tag}.ts`)).default;
}

/** Runs `test` with `navigator.languages` (and `navigator.language`) as given, and no `lang` on the page. */
async function withBrowserLanguages(tags: string[], test: () => void | Promise<void>): Promise<void> {
  const pageLang = document.documentElement.getAttribute('lang');
  document.documentElement.removeAttribute('lang');
  Object.defineProperty(navigator, 'languages', { value: tags, configurable: true });
  Object.defineProperty(navigator, 'language', { value: tags[0], configurable: true });
  try {
    await test();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  }
}

describe('built-in languages', () => {
  it('are English, every official language of the EU and at least 16 more, SPEC’s among them', () => {
    const all = ['en', ...LANGUAGES];
    expect(all).to.include.members([...EU, ...EU_2, 'en', ...REQUIRED]);
    expect(all.length - 24).to.be.at.least(16);
    expect(new Set(all).size).to.equal(all.length);
    for (const tag of LANGUAGES) expect(tag, tag).to.match(/^[a-z]{2,3}(-[a-z]+)?$/);
  });

  for (const tag of LANGUAGES) {
    it(`${tag} has every key of English, non-empty, with the same placeholders, and no other`, async () => {
      const texts = (await textsOf(tag)) as Record<string, string>;
      expect(Object.keys(texts)).to.deep.equal(Object.keys(en));
      for (const [key, text] of Object.entries(texts)) {
        expect(text, `${tag}.${key}`).to.be.a('string').and.not.equal('');
        expect(text.trim(), `${tag}.${key}`).to.equal(text);
        expect(placeholders(text), `${tag}.${key}`).to.equal(placeholders((en as Record<string, string>)[key]));
        expect(text, `${tag}.${key}: no markup`).to.not.match(/<[a-z/]/i);
      }
      for (const key of TRANSLATED) expect(texts[key], `${tag}.${key}`).to.not.equal(en[key]);
    });
  }

  it('Spanish says “Do Not Sell or Share” as California’s own rules word it', async () => {
    expect((await textsOf('es')).optOut).to.equal('No vender ni compartir mi información personal');
  });

  it('a language file missing a key does not compile', () => {
    // @ts-expect-error: every language is typed by the English file, so a missing key is a compile error.
    const incomplete: Texts = { title: 'Cookies' };
    expect(incomplete).to.exist;
  });
});

describe('choosing the language', () => {
  afterEach(() => cleanPage());

  function element(markup: string): Element {
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    return container.querySelector('[data-subject]')!;
  }

  const cases: [string | undefined, string | undefined][] = [
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['DE-at', 'de'],
    ['pt', 'pt'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['zh', 'zh-hans'],
    ['zh-CN', 'zh-hans'],
    ['zh-SG', 'zh-hans'],
    ['zh-Hans-CN', 'zh-hans'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-MO', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['nb', 'no'],
    ['nn-NO', 'no'],
    ['no', 'no'],
    ['en-GB', 'en'],
    ['sr-Cyrl-RS', 'sr'],
    ['ur', undefined],
    ['xx-YY', undefined],
    [undefined, undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`lang ${JSON.stringify(tag)} speaks ${expected ?? 'no built-in language'}`, () => {
      expect(matchLanguage(tag)).to.equal(expected);
    });
  }

  it("1. the element's own lang attribute comes first", async () => {
    await withBrowserLanguages(['de'], () => {
      expect(pickLanguage(element('<section lang="nl"><i data-subject lang="ja"></i></section>'), {})).to.equal('ja');
    });
  });

  it('2. else the nearest lang in the page', async () => {
    await withBrowserLanguages(['de'], () => {
      expect(pickLanguage(element('<section lang="nl"><div><i data-subject></i></div></section>'), {})).to.equal('nl');
    });
  });

  it('3. else the first of navigator.languages that has texts', async () => {
    await withBrowserLanguages(['ur-PK', 'es-MX', 'fr'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), {})).to.equal('es');
    });
  });

  it('4. else English', async () => {
    await withBrowserLanguages(['ur', 'sw'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), {})).to.equal('en');
    });
  });

  it("a lang with no texts gets English, not the browser's language", async () => {
    await withBrowserLanguages(['fr'], () => {
      expect(pickLanguage(element('<i data-subject lang="ur"></i>'), {})).to.equal('en');
    });
  });

  it('a language that is not built in counts when the site gave texts for it (Urdu), and Urdu is right to left', async () => {
    await withBrowserLanguages(['ur-PK'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), { ur: { title: 'ہم کوکیز استعمال کرتے ہیں' } })).to.equal(
        'ur-pk',
      );
    });
    for (const tag of ['ar', 'he-IL', 'fa', 'ur']) expect(direction(tag), tag).to.equal('rtl');
    expect(direction('ja')).to.equal('ltr');
  });

  it('site texts override the built-in ones for their language only, region first', async () => {
    const site = { fr: { title: 'Des cookies ?' }, 'fr-ca': { acceptAll: 'Tout accepter (CA)' } };
    const canadian = translator('fr-ca', await textsOf('fr'), site);
    expect(canadian('title')).to.equal('Des cookies ?');
    expect(canadian('acceptAll')).to.equal('Tout accepter (CA)');
    expect(canadian('rejectAll')).to.equal('Tout refuser');
    expect(translator('en', en, site)('title')).to.equal('We use cookies');
    expect(translator('ur', undefined, { ur: { title: 'ہم' } })('rejectAll')).to.equal('Reject all');
  });

  it('placeholders are filled in, an unknown one left as written', () => {
    expect(format('Cookies: {count} {other}', { count: 3 })).to.equal('Cookies: 3 {other}');
  });
});

describe('<cookie-consent> in each language', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  for (const tag of ['fr', 'de', 'pl', 'el', 'ar', 'he', 'fa', 'ja', 'zh-hant', 'uk', 'hi']) {
    it(`lang="${tag}" shows the ${tag} texts from the first render, marked with their language and direction`, async () => {
      const texts = await textsOf(tag);
      const element = await addConsent(`<cookie-consent lang="${tag}"></cookie-consent>`);
      expect(part(element, 'title')!.textContent).to.equal(texts.title);
      expect(part(element, 'accept-all')!.textContent).to.equal(texts.acceptAll);
      expect(part(element, 'banner')!.getAttribute('lang')).to.equal(tag);
      expect(part(element, 'banner')!.getAttribute('dir')).to.equal(RIGHT_TO_LEFT.includes(tag) ? 'rtl' : 'ltr');
    });
  }

  it("follows the page's lang, and a change of its own lang attribute at once", async () => {
    const element = await addConsent('<div lang="de-CH"><cookie-consent></cookie-consent></div>');
    expect(part(element, 'title')!.textContent).to.equal('Wir verwenden Cookies');
    element.setAttribute('lang', 'it');
    const italian = await textsOf('it');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(part(element, 'title')!.textContent).to.equal(italian.title);
  });

  it("uses the site's texts per language, and lays out a right-to-left language mirrored", async () => {
    const element = await addConsent(`<cookie-consent lang="he">
      <script type="application/json">{ "texts": { "he": { "title": "אנו משתמשים בעוגיות" }, "fr": { "title": "Des cookies" } } }</script>
    </cookie-consent>`);
    const banner = part(element, 'banner')!;
    expect(part(element, 'title')!.textContent).to.equal('אנו משתמשים בעוגיות');
    expect(banner.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(banner).direction).to.equal('rtl');
    element.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(part(element, 'title')!.textContent).to.equal('Des cookies');
    expect(part(element, 'banner')!.getAttribute('dir')).to.equal('ltr');
  });

  it('a dir set by the site on the element wins', async () => {
    const element = await addConsent('<cookie-consent lang="en" dir="rtl"></cookie-consent>');
    expect(part(element, 'banner')!.getAttribute('dir')).to.equal('rtl');
  });

  it('says how long the choice is kept, in the visitor’s language', async () => {
    const element = await addConsent('<cookie-consent lang="en"></cookie-consent>');
    expect(part(element, 'message')!.textContent)
      .to.contain('withdraw your consent at any time')
      .and.contain('6 months');
    element.expiresDays = 30;
    await element.updateComplete;
    expect(part(element, 'message')!.textContent).to.contain('1 month');
    element.expiresDays = 10;
    await element.updateComplete;
    expect(part(element, 'message')!.textContent).to.contain('10 days');
  });
});
