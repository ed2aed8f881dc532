import { expect } from '@open-wc/testing';
import { direction, languages, matchLanguage, pickLanguage, translator, type Texts } from '../../src/i18n/index.js';
import { addConsent, cleanPage, clearCookies, part } from '../helpers.js';

const BUILT_IN = ['en', 'fr', 'nl', 'de', 'ja', 'es', 'it'];

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
  it(`are ${BUILT_IN.join(', ')}`, () => {
    expect(Object.keys(languages).sort()).to.deep.equal([...BUILT_IN].sort());
  });

  for (const lang of BUILT_IN) {
    it(`${lang} has every key of English, each a non-empty text, and no other`, () => {
      const texts = languages[lang] as Record<string, unknown>;
      expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(languages.en).sort());
      for (const [key, text] of Object.entries(texts)) {
        expect(text, `${lang}.${key}`).to.be.a('string').and.not.equal('');
        expect((text as string).trim(), `${lang}.${key}`).to.equal(text);
      }
    });
  }

  it('are different from English where a visitor reads them (no untranslated copy)', () => {
    for (const lang of BUILT_IN.filter((tag) => tag !== 'en')) {
      for (const key of ['title', 'message', 'acceptAll', 'rejectAll', 'save', 'whatIsCookie'] as const) {
        expect(languages[lang][key], `${lang}.${key}`).to.not.equal(languages.en[key]);
      }
    }
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

  it('a region falls back to its language, anything unknown to English', () => {
    expect(matchLanguage('fr-CA')).to.equal('fr');
    expect(matchLanguage('DE-at')).to.equal('de');
    expect(matchLanguage('pt-BR')).to.equal('en');
    expect(matchLanguage(undefined)).to.equal('en');
  });

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
    await withBrowserLanguages(['pt-BR', 'es-MX', 'fr'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), {})).to.equal('es-mx');
    });
  });

  it('4. else English', async () => {
    await withBrowserLanguages(['pt-BR', 'ko'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), {})).to.equal('en');
    });
  });

  it("a lang with no texts gets English, not the browser's language", async () => {
    await withBrowserLanguages(['fr'], () => {
      expect(pickLanguage(element('<i data-subject lang="pt"></i>'), {})).to.equal('en');
    });
  });

  it('a language the site gave texts for counts (Arabic, Hebrew…), and is right to left', async () => {
    await withBrowserLanguages(['he-IL'], () => {
      expect(pickLanguage(element('<i data-subject></i>'), { he: { title: 'אנו משתמשים בעוגיות' } })).to.equal('he-il');
    });
    expect(pickLanguage(element('<i data-subject lang="ar"></i>'), { ar: { title: 'x' } })).to.equal('ar');
    expect(direction('ar')).to.equal('rtl');
    expect(direction('he-IL')).to.equal('rtl');
    expect(direction('fa')).to.equal('rtl');
    expect(direction('ja')).to.equal('ltr');
  });

  it('site texts override the built-in ones for their language only, region first', () => {
    const site = { fr: { title: 'Des cookies ?' }, 'fr-ca': { acceptAll: 'Tout accepter (CA)' } };
    const canadian = translator('fr-ca', site);
    expect(canadian('title')).to.equal('Des cookies ?');
    expect(canadian('acceptAll')).to.equal('Tout accepter (CA)');
    expect(canadian('rejectAll')).to.equal('Tout refuser');
    expect(translator('en', site)('title')).to.equal('We use cookies');
    expect(translator('ar', { ar: { title: 'نستخدم' } })('rejectAll')).to.equal('Reject all');
  });
});

describe('<cookie-consent> in each language', () => {
  beforeEach(() => clearCookies());
  afterEach(() => cleanPage());

  for (const lang of BUILT_IN) {
    it(`lang="${lang}" shows the ${lang} texts, marked with their language`, async () => {
      const element = await addConsent(`<cookie-consent lang="${lang}"></cookie-consent>`);
      expect(part(element, 'title')!.textContent).to.equal(languages[lang].title);
      expect(part(element, 'accept-all')!.textContent).to.equal(languages[lang].acceptAll);
      expect(part(element, 'banner')!.getAttribute('lang')).to.equal(lang);
      expect(part(element, 'banner')!.getAttribute('dir')).to.equal('ltr');
    });
  }

  it("follows the page's lang, and a change of its own lang attribute at once", async () => {
    const element = await addConsent('<div lang="de-CH"><cookie-consent></cookie-consent></div>');
    expect(part(element, 'title')!.textContent).to.equal('Wir verwenden Cookies');
    element.setAttribute('lang', 'it');
    await element.updateComplete;
    expect(part(element, 'title')!.textContent).to.equal('Utilizziamo i cookie');
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
    await element.updateComplete;
    expect(part(element, 'title')!.textContent).to.equal('Des cookies');
    expect(banner.getAttribute('dir')).to.equal('ltr');
  });

  it('a dir set by the site on the element wins', async () => {
    const element = await addConsent('<cookie-consent lang="en" dir="rtl"></cookie-consent>');
    expect(part(element, 'banner')!.getAttribute('dir')).to.equal('rtl');
  });
});
