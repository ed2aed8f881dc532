/**
 * Parsing and validating the site's configuration: the JSON child / `config` property and the
 * scalar attributes. Whatever is invalid is dropped and reported; whatever is valid is kept.
 */

import type { Localized } from '../i18n/text.js';
import { parseRegimeMap } from '../regimes/regions.js';
import { isObject, RESERVED } from './json.js';
import { NECESSARY, type Regime } from './state.js';

export type { Localized } from '../i18n/text.js';

export interface CookieInfo {
  name: string;
  provider?: Localized;
  /** What it does and where (the seed tables' "Function and location"). */
  function?: Localized;
  purpose?: Localized;
  duration?: Localized;
}

/** A service inside a category (YouTube, Vimeo…): switched on and off on its own. */
export interface ServiceConfig {
  label?: Localized;
  description?: Localized;
  cookies?: CookieInfo[];
  /** Google Consent Mode types this service grants while it is accepted. */
  consentMode?: string[];
}

export interface CategoryConfig extends ServiceConfig {
  /** The category's services by name; the category is accepted only when every one is. */
  services?: Record<string, ServiceConfig>;
}

/** Per-site content; texts are checked against the built-in keys by the element. */
export interface ConsentConfig {
  categories?: Record<string, CategoryConfig>;
  texts?: Record<string, Record<string, string>>;
  /** Region → regime for `regime="auto"`, over the built-in `{ "US": "opt-out", "*": "opt-in" }`. */
  regimes?: Record<string, Regime>;
}

export const DEFAULT_CATEGORIES = ['statistical', 'first-party', 'third-party'];
export const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const SERVICE_KEYS = ['label', 'description', 'cookies', 'consentMode'];
const CATEGORY_KEYS = [...SERVICE_KEYS, 'services'];
const COOKIE_TEXTS = ['provider', 'function', 'purpose', 'duration'] as const;

/** Collects problems so that one warning can name them all. */
export type Problems = string[];

/** Own keys other than the dangerous ones (reported): the config never touches a prototype. */
function entries(value: Record<string, unknown>, where: string, problems: Problems): [string, unknown][] {
  return Object.entries(value).filter(([key]) => {
    if (!RESERVED.has(key)) return true;
    problems.push(`${where}: "${key}" is a reserved name`);
    return false;
  });
}

function unknownKeys(value: Record<string, unknown>, known: string[], where: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}: unknown key "${key}"`);
  }
}

function parseLocalized(value: unknown, where: string, problems: Problems): Localized | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const texts: Record<string, string> = {};
    for (const [lang, text] of entries(value, where, problems)) {
      if (LANG.test(lang) && typeof text === 'string') texts[lang.toLowerCase()] = text;
      else problems.push(`${where}.${lang}: expected a language code and a string`);
    }
    return texts;
  }
  problems.push(`${where}: expected a string or { "lang": "text" }`);
  return undefined;
}

function parseCookie(value: unknown, where: string, problems: Problems): CookieInfo | undefined {
  if (!isObject(value) || typeof value.name !== 'string' || !value.name) {
    problems.push(`${where}: expected an object with a "name"`);
    return undefined;
  }
  unknownKeys(value, ['name', ...COOKIE_TEXTS], where, problems);
  const cookie: CookieInfo = { name: value.name };
  for (const key of COOKIE_TEXTS) {
    const text = parseLocalized(value[key], `${where}.${key}`, problems);
    if (text !== undefined) cookie[key] = text;
  }
  return cookie;
}

/** The valid entries of an object of named things (categories, services): names checked, each parsed. */
function parseNamed<T>(
  value: Record<string, unknown>,
  where: string,
  kind: string,
  parse: (value: unknown, where: string) => T | undefined,
  problems: Problems,
): Record<string, T> {
  const named: Record<string, T> = {};
  for (const [name, entry] of entries(value, where, problems)) {
    if (!CATEGORY_NAME.test(name)) {
      problems.push(`${where}: "${name}" is not a valid ${kind} name ([a-z][a-z0-9_-]{0,31})`);
      continue;
    }
    const parsed = parse(entry, `${where}.${name}`);
    if (parsed) named[name] = parsed;
  }
  return named;
}

function parseCategory(
  value: unknown,
  where: string,
  problems: Problems,
  keys = CATEGORY_KEYS,
): CategoryConfig | undefined {
  if (!isObject(value)) {
    problems.push(`${where}: expected an object`);
    return undefined;
  }
  unknownKeys(value, keys, where, problems);
  const category: CategoryConfig = {};
  for (const key of ['label', 'description'] as const) {
    const text = parseLocalized(value[key], `${where}.${key}`, problems);
    if (text !== undefined) category[key] = text;
  }
  if (value.cookies !== undefined) {
    if (Array.isArray(value.cookies)) {
      category.cookies = value.cookies
        .map((cookie, index) => parseCookie(cookie, `${where}.cookies[${index}]`, problems))
        .filter((cookie): cookie is CookieInfo => cookie !== undefined);
    } else problems.push(`${where}.cookies: expected an array`);
  }
  if (value.consentMode !== undefined) {
    if (Array.isArray(value.consentMode) && value.consentMode.every((type) => typeof type === 'string')) {
      category.consentMode = value.consentMode as string[];
    } else problems.push(`${where}.consentMode: expected an array of strings`);
  }
  // Services are one level: a service's own `services` is an unknown key, already reported.
  if (value.services !== undefined && keys === CATEGORY_KEYS) {
    if (isObject(value.services)) {
      category.services = parseNamed(
        value.services,
        `${where}.services`,
        'service',
        (service, at) => parseCategory(service, at, problems, SERVICE_KEYS),
        problems,
      );
    } else problems.push(`${where}.services: expected an object`);
  }
  return category;
}

/** Validates a configuration object, keeping every valid part. `textKeys` are the known text keys. */
export function parseConfig(input: unknown, textKeys: readonly string[], problems: Problems): ConsentConfig {
  const config: ConsentConfig = {};
  if (input === undefined || input === null) return config;
  if (!isObject(input)) {
    problems.push('the configuration is not a JSON object');
    return config;
  }
  unknownKeys(input, ['categories', 'texts', 'regimes'], 'configuration', problems);
  if (input.regimes !== undefined) config.regimes = parseRegimeMap(input.regimes, problems);
  if (input.categories !== undefined) {
    if (isObject(input.categories)) {
      config.categories = parseNamed(
        input.categories,
        'categories',
        'category',
        (category, at) => parseCategory(category, at, problems),
        problems,
      );
    } else problems.push('categories: expected an object');
  }
  if (input.texts !== undefined) {
    if (isObject(input.texts)) {
      config.texts = {};
      for (const [lang, value] of entries(input.texts, 'texts', problems)) {
        if (!LANG.test(lang) || !isObject(value)) {
          problems.push(`texts.${lang}: expected a language code and an object`);
          continue;
        }
        const texts: Record<string, string> = {};
        for (const [key, text] of entries(value, `texts.${lang}`, problems)) {
          if (!textKeys.includes(key)) problems.push(`texts.${lang}: unknown key "${key}"`);
          else if (typeof text !== 'string') problems.push(`texts.${lang}.${key}: expected a string`);
          else texts[key] = text;
        }
        config.texts[lang.toLowerCase()] = texts;
      }
    } else problems.push('texts: expected an object');
  }
  return config;
}

/** Parses the JSON text of a `<script type="application/json">` child. */
export function parseConfigJson(json: string, textKeys: readonly string[], problems: Problems): ConsentConfig {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    problems.push(`the JSON configuration is not valid JSON (${(error as Error).message})`);
    return {};
  }
  return parseConfig(data, textKeys, problems);
}

/** The optional categories named by the `categories` attribute: valid, unique, never `necessary`. */
export function parseCategoryList(value: string | null, problems: Problems): string[] {
  if (value === null) return [...DEFAULT_CATEGORIES];
  const names: string[] = [];
  for (const name of value.trim().split(/\s+/).filter(Boolean)) {
    if (name === NECESSARY) continue;
    if (!CATEGORY_NAME.test(name) || RESERVED.has(name))
      problems.push(`categories: "${name}" is not a valid category name`);
    else if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Parses a whole number within bounds, else the default (with a problem noted). */
export function parseWholeNumber(
  value: string,
  fallback: number,
  min: number,
  max: number,
  problems: Problems,
): number {
  const number = Number(value.trim());
  if (value.trim() !== '' && Number.isInteger(number) && number >= min && number <= max) return number;
  problems.push(`"${value}" is not a whole number from ${min} to ${max}`);
  return fallback;
}

/** Merges the attribute's categories with the config: the attribute decides which exist. */
export function configuredCategories(
  optional: readonly string[],
  config: ConsentConfig,
  problems: Problems,
): Record<string, CategoryConfig> {
  const result: Record<string, CategoryConfig> = {};
  const configured = config.categories ?? {};
  for (const name of [NECESSARY, ...optional]) result[name] = Object.hasOwn(configured, name) ? configured[name] : {};
  for (const name of Object.keys(configured)) {
    if (!Object.hasOwn(result, name))
      problems.push(`categories.${name} is configured but not listed in the "categories" attribute`);
  }
  // Service names are unique on the page and never a category's: `data-consent="youtube"` means one thing.
  const seen = new Set<string>();
  for (const [category, info] of Object.entries(result)) {
    if (!info.services) continue;
    const services: Record<string, ServiceConfig> = {};
    for (const [name, service] of Object.entries(info.services)) {
      const where = `categories.${category}.services.${name}`;
      if (category === NECESSARY || Object.hasOwn(result, name) || seen.has(name))
        problems.push(
          `${where}: ignored (a service belongs to an optional category, under a name no category or other service has)`,
        );
      else {
        seen.add(name);
        services[name] = service;
      }
    }
    result[category] = { ...info, services };
  }
  return result;
}

/** The configuration of a category or of a service, by name. */
export function entryOf(content: Readonly<Record<string, CategoryConfig>>, name: string): ServiceConfig | undefined {
  if (Object.hasOwn(content, name)) return content[name];
  for (const info of Object.values(content))
    if (info.services && Object.hasOwn(info.services, name)) return info.services[name];
  return undefined;
}

/** Each optional category's service names, for the categories that have some. */
export function serviceMap(content: Readonly<Record<string, CategoryConfig>>): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [name, info] of Object.entries(content)) {
    const services = Object.keys(info.services ?? {});
    if (services.length) map[name] = services;
  }
  return map;
}
