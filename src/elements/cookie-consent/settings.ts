/**
 * The settings of `<cookie-consent>`: one declaration each (attribute, default, validation), from
 * which the element's reactive properties are made. An invalid value, given as an attribute or as
 * a property, falls back to the default with one warning; removing the attribute restores the default.
 */

import type { PropertyDeclaration } from 'lit';
import { parseCategoryList, parseWholeNumber, DEFAULT_CATEGORIES, type Problems } from '../../consent/config.js';
import { parseRegion } from '../../regimes/regions.js';

interface Setting {
  attribute: string;
  type?: typeof Boolean;
  fallback: unknown;
  /** The valid value for an attribute's text (or a property's value), or a problem. */
  validate?(value: unknown, problems: Problems): unknown;
}

/** Token characters of RFC 6265 but `%` (js-cookie would encode it), and no name Object.prototype has. */
const COOKIE_NAME = /^[A-Za-z0-9!#$&'*+.^_`|~-]{1,64}$/;

function oneOf(values: readonly string[]) {
  return (value: unknown, problems: Problems) => {
    if (values.includes(value as string)) return value;
    problems.push(`"${value}" is not one of ${values.join(', ')}`);
    return values[0];
  };
}

function pattern(test: (value: string) => boolean, fallback: unknown) {
  return (value: unknown, problems: Problems) => {
    if (typeof value === 'string' && test(value)) return value;
    problems.push(`"${value}" is not valid`);
    return fallback;
  };
}

function wholeNumber(min: number, max: number, fallback: number) {
  return (value: unknown, problems: Problems) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : parseWholeNumber(String(value), fallback, min, max, problems);
}

/** What a malformed `region` becomes: CLDR's code for an unknown region, which no map entry names. */
export const UNKNOWN_REGION = 'ZZ';

export const POSITIONS = ['bottom', 'top', 'bottom-left', 'bottom-right', 'center'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

const url = { fallback: null };

/** Every setting, by property name. */
export const SETTINGS = {
  categories: {
    attribute: 'categories',
    fallback: DEFAULT_CATEGORIES.join(' '),
    validate: (value: unknown, problems: Problems) => parseCategoryList(String(value), problems).join(' '),
  },
  cookieName: {
    attribute: 'cookie-name',
    fallback: 'cookies_preferences',
    // js-cookie reads cookies into a plain object: a name Object.prototype has (`constructor`) never reads back.
    validate: pattern((value) => COOKIE_NAME.test(value) && !(value in Object.prototype), 'cookies_preferences'),
  },
  cookieDomain: {
    attribute: 'cookie-domain',
    fallback: null,
    validate: pattern((value) => /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(value), null),
  },
  cookiePath: { attribute: 'cookie-path', fallback: '/', validate: pattern((value) => /^\/[^;\s]*$/.test(value), '/') },
  expiresDays: { attribute: 'expires-days', fallback: 182, validate: wholeNumber(1, 400, 182) },
  revision: { attribute: 'revision', fallback: 0, validate: wholeNumber(0, Number.MAX_SAFE_INTEGER, 0) },
  policyUrl: { attribute: 'policy-url', ...url },
  privacyUrl: { attribute: 'privacy-url', ...url },
  position: { attribute: 'position', fallback: POSITIONS[0], validate: oneOf(POSITIONS) },
  theme: { attribute: 'theme', fallback: THEMES[0], validate: oneOf(THEMES) },
  gpc: { attribute: 'gpc', fallback: 'honor', validate: oneOf(['honor', 'ignore']) },
  regime: { attribute: 'regime', fallback: 'opt-in', validate: oneOf(['opt-in', 'opt-out', 'none', 'auto']) },
  region: {
    attribute: 'region',
    fallback: null,
    // A malformed region is an unknown one (CLDR's `ZZ`), never a reason to guess from the time zone.
    validate: (value: unknown, problems: Problems) => {
      const found: Problems = [];
      const region = parseRegion(String(value), found);
      problems.push(...found);
      return region || (found.length ? UNKNOWN_REGION : null);
    },
  },
  consentMode: { attribute: 'consent-mode', type: Boolean, fallback: false },
  logEndpoint: { attribute: 'log-endpoint', ...url },
  open: { attribute: 'open', type: Boolean, fallback: false },
  audit: { attribute: 'audit', type: Boolean, fallback: false },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** The settings that decide where and how the choice is stored: a change re-reads it. */
export const STORE_SETTINGS: readonly SettingName[] = [
  'categories',
  'cookieName',
  'cookieDomain',
  'cookiePath',
  'expiresDays',
  'revision',
  // The regime decides what an undecided visitor counts as having chosen, and which stored choices hold.
  'regime',
  'region',
  'gpc',
];

/**
 * Problems found while converting attributes. A converter has no element to warn through, so it
 * leaves them here and the element takes them right after (`attributeChangedCallback` is synchronous).
 */
export const attributeProblems: Problems = [];

/** Validates one setting's value: the valid value, else the default with a problem noted. */
export function validateSetting(name: SettingName, value: unknown, problems: Problems): unknown {
  const setting: Setting = SETTINGS[name];
  if (value === null || value === undefined || !setting.validate) return value ?? setting.fallback;
  const found: Problems = [];
  const valid = setting.validate(value, found);
  for (const problem of found) problems.push(`${setting.attribute}: ${problem}; using ${JSON.stringify(valid)}`);
  return valid;
}

/** Lit's declarations: reflected, `useDefault` (removing the attribute restores the default), validating converters. */
export function settingProperties(): Record<SettingName, PropertyDeclaration> {
  const declarations = {} as Record<SettingName, PropertyDeclaration>;
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, Setting][]) {
    declarations[name] = {
      attribute: setting.attribute,
      reflect: true,
      useDefault: true,
      ...(setting.type
        ? { type: setting.type }
        : {
            converter: {
              fromAttribute: (value: string | null) => validateSetting(name, value, attributeProblems),
              toAttribute: (value: unknown) => (value === null || value === undefined ? null : String(value)),
            },
          }),
    };
  }
  return declarations;
}
