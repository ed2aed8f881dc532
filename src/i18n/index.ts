/**
 * The languages: English built in, every other one a file loaded on demand (`dist/i18n/<tag>.js`),
 * which of them a view speaks, and how a text is looked up (the site's texts first).
 */

import { en, type TextKey, type Texts } from './en.js';

export type { Texts, TextKey } from './en.js';

/** Texts a site gives per language (`texts` in the configuration), over the built-in ones. */
export type SiteTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Looks up one text in the chosen language. */
export type Translate = (key: TextKey) => string;

/** What a view speaks: its language (for `lang`), direction and texts. */
export interface Speech {
  readonly lang: string;
  readonly dir: string;
  readonly t: Translate;
}

/** Every built-in language but English, by its file's name (lower-case BCP 47). */
export const LANGUAGES = [
  ...['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt'],
  ...['nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ar', 'he', 'fa', 'ja', 'ko', 'zh-hans', 'zh-hant'],
  ...['tr', 'hi', 'uk', 'ru', 'no', 'is', 'ca', 'pt-br', 'eu', 'gl', 'cy', 'sr', 'sq', 'mk'],
] as const;

/**
 * Where a language file puts its texts, whether it runs before or after the element's script (a
 * site may add it as a tag, in either order): `[tag, texts]` entries on one array of the page, so
 * that every copy of the script sees them.
 */
type Registry = [string, Texts][];
declare global {
  interface Window {
    cookieConsentLanguages?: Registry;
  }
}

/** The texts of a built-in language, when they are already in the page. */
export function loadedTexts(tag: string): Texts | undefined {
  if (tag === 'en') return en;
  const registry = typeof window === 'undefined' ? [] : (window.cookieConsentLanguages ?? []);
  return registry.find(([name]) => name === tag)?.[1];
}

/** Adds a language's texts to the page (what a language file does). */
export function registerTexts(tag: string, texts: Texts): void {
  (window.cookieConsentLanguages ??= []).push([tag, texts]);
}

const base = (tag: string) => tag.split('-')[0];

/**
 * The built-in language for a tag, or undefined: `fr-CA` → `fr`, `pt-BR` → `pt-br`; Chinese by
 * script (`zh`, `zh-CN`, `zh-SG` → `zh-hans`; `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant` → `zh-hant`);
 * Norwegian `nb` / `nn` → `no`.
 */
export function matchLanguage(tag: string | null | undefined): string | undefined {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const known = (name: string) => name === 'en' || (LANGUAGES as readonly string[]).includes(name);
  if (known(lower)) return lower;
  const [language, ...subtags] = lower.split('-');
  if (language === 'zh') return subtags.some((subtag) => /^(hant|tw|hk|mo)$/.test(subtag)) ? 'zh-hant' : 'zh-hans';
  if (language === 'nb' || language === 'nn') return 'no';
  return known(language) ? language : undefined;
}

/**
 * The language a view speaks, lower-cased: the nearest `lang` (the element's own attribute, else the
 * page's), else the first of the browser's languages that has texts; English when none has. A
 * language has texts when it is built in or the site gave `texts` for it.
 */
export function pickLanguage(element: Element, site: SiteTexts): string {
  const nearest = element.closest('[lang]')?.getAttribute('lang');
  const wanted = nearest ? [nearest] : navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    // The site's own texts for a region (`fr-ca`), or for a language that is not built in (Urdu), count.
    if (Object.hasOwn(site, lower)) return lower;
    const match = matchLanguage(lower);
    if (match) return match;
    if (Object.hasOwn(site, base(lower))) return lower;
  }
  return 'en';
}

/** Site texts for the language (then its base language), else the built-in ones, else English. */
export function translator(lang: string, builtIn: Texts | undefined, site: SiteTexts): Translate {
  const own = { ...site[base(lang)], ...site[lang] };
  return (key) => own[key] ?? builtIn?.[key] ?? en[key];
}
