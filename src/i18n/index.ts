/** The built-in languages and how a language tag is matched to one of them. */

import { en, type Texts } from './en.js';

export type { Texts, TextKey } from './en.js';

/** Built-in texts by language; each language is one file, typed by the English one. */
export const languages: Record<string, Texts> = { en };

/** The built-in language for a tag: `fr-CA` → `fr`, unknown → `en`. */
export function matchLanguage(tag: string | null | undefined): string {
  const lower = (tag ?? '').toLowerCase();
  const base = lower.split('-')[0];
  return Object.hasOwn(languages, lower) ? lower : Object.hasOwn(languages, base) ? base : 'en';
}
