/** Pure text helpers the views share: a localized value, placeholders, a language's direction. */

/** A text given once for every language, or per language (`{ "en": "…", "fr": "…" }`). */
export type Localized = string | Readonly<Record<string, string>>;

const base = (tag: string) => tag.split('-')[0];

/** Picks a localized text for `lang` (`fr-ca` → `fr` → `en` → any), or undefined. */
export function localize(value: Localized | undefined, lang: string): string | undefined {
  return localizeWithLanguage(value, lang)?.[0];
}

/**
 * The same, with the language the text is in: a site's text given only in English, shown on a
 * German page, must say it is English (WCAG 3.1.2). A plain string is in the page's language.
 */
export function localizeWithLanguage(value: Localized | undefined, lang: string): [string, string] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [value, lang];
  for (const key of [lang, base(lang), 'en']) if (Object.hasOwn(value, key)) return [value[key], key];
  const [first] = Object.entries(value);
  return first && [first[1], first[0]];
}

/** Fills `{name}` placeholders; an unknown one is left as written. */
export function format(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? `${values[name]}` : whole));
}

/** `rtl` for the right-to-left scripts' languages (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function direction(lang: string): 'rtl' | 'ltr' {
  return /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)$/.test(base(lang)) ? 'rtl' : 'ltr';
}
