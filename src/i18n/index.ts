/** The built-in languages, how a view picks its language, and how a text is looked up (site texts first). */

import { de } from './de.js';
import { en, type TextKey, type Texts } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';

export type { Texts, TextKey } from './en.js';

/** Texts a site gives per language (`texts` in the configuration), over the built-in ones. */
export type SiteTexts = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Looks up one text in the chosen language. */
export type Translate = (key: TextKey) => string;

/** Built-in texts by language; each language is one file, typed by the English one. */
export const languages: Readonly<Record<string, Texts>> = { en, fr, nl, de, ja, es, it };

const base = (tag: string) => tag.split('-')[0];
const has = (texts: object, tag: string) => Object.hasOwn(texts, tag) || Object.hasOwn(texts, base(tag));

/** The built-in language for a tag: `fr-CA` → `fr`, unknown → `en`. */
export function matchLanguage(tag: string | null | undefined): string {
  const lower = (tag ?? '').toLowerCase();
  return Object.hasOwn(languages, lower) ? lower : has(languages, lower) ? base(lower) : 'en';
}

/**
 * The language a view speaks, lower-cased: the nearest `lang` (the element's own attribute, else the
 * page's), else the first of the browser's languages that has texts; English when none has.
 * A language has texts when it is built in or the site gave `texts` for it (e.g. `ar`).
 */
export function pickLanguage(element: Element, site: SiteTexts): string {
  const nearest = element.closest('[lang]')?.getAttribute('lang');
  const wanted = nearest ? [nearest] : navigator.languages?.length ? navigator.languages : [navigator.language];
  const known = wanted.map((tag) => tag.toLowerCase()).find((tag) => has(languages, tag) || has(site, tag));
  return known ?? 'en';
}

/** Site texts for the language (then its base language), else the built-in ones, else English. */
export function translator(lang: string, site: SiteTexts): Translate {
  const builtIn = languages[matchLanguage(lang)];
  const own = { ...site[base(lang)], ...site[lang] };
  return (key) => own[key] ?? builtIn[key];
}

/** `rtl` for the right-to-left scripts' languages (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function direction(lang: string): 'rtl' | 'ltr' {
  return /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)$/.test(base(lang)) ? 'rtl' : 'ltr';
}
