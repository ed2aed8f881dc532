/** Reading and writing the stored choice (the `cookies_preferences` cookie) through js-cookie, with strict validation. */

import Cookies from 'js-cookie';
import { rawCookie } from './cookies.js';
import { hasReservedKey, isObject } from './json.js';
import { NECESSARY, type StoredChoice } from './state.js';

export interface StoreOptions {
  name: string;
  domain?: string;
  path: string;
  expiresDays: number;
  revision: number;
}

/** Longest encoded value accepted (SPEC); anything longer is not ours. */
export const MAX_ENCODED_LENGTH = 2048;
const DAY = 864e5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

/**
 * What was found: a valid choice, or none, with `problem` saying why a value that was there is not
 * usable. `quiet` problems (expired, other revision) are normal life, not bad input.
 */
export type ReadResult =
  | { choice: StoredChoice; problem?: undefined; quiet?: undefined }
  | { choice: null; problem?: string; quiet?: boolean };

/** Validates an encoded cookie value; never throws. */
export function parseStoredChoice(encoded: string, options: StoreOptions, now = Date.now()): ReadResult {
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return { choice: null, problem: `it is ${encoded.length} characters long (at most ${MAX_ENCODED_LENGTH})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(Cookies.converter.read(encoded, options.name));
  } catch {
    return { choice: null, problem: 'it is not valid JSON' };
  }
  if (!isObject(data)) return { choice: null, problem: 'it is not a JSON object' };
  const { version, id, revision, timestamp, categories, services, regime } = data;
  if ([data, categories, services].some((value) => isObject(value) && hasReservedKey(value))) {
    return { choice: null, problem: 'it has a forbidden key (__proto__, constructor or prototype)' };
  }
  if (version !== 1) return { choice: null, problem: `version ${JSON.stringify(version)} is not 1` };
  if (typeof id !== 'string' || !UUID.test(id)) return { choice: null, problem: '"id" is not a UUID v4' };
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    return { choice: null, problem: '"revision" is not a whole number' };
  }
  if (typeof timestamp !== 'string' || !ISO_DATE.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return { choice: null, problem: '"timestamp" is not an ISO date' };
  }
  if (!isObject(categories)) return { choice: null, problem: '"categories" is not an object' };
  for (const [name, value] of Object.entries(categories)) {
    if (typeof value !== 'boolean') return { choice: null, problem: `category "${name}" is not true or false` };
  }
  if (categories[NECESSARY] !== true) return { choice: null, problem: '"necessary" is not true' };
  if (regime !== undefined && regime !== 'opt-out' && regime !== 'none') {
    return { choice: null, problem: `regime ${JSON.stringify(regime)} is not opt-out or none` };
  }
  if (services !== undefined) {
    if (!isObject(services)) return { choice: null, problem: '"services" is not an object' };
    for (const [name, value] of Object.entries(services)) {
      if (typeof value !== 'boolean') return { choice: null, problem: `service "${name}" is not true or false` };
    }
  }

  const age = now - Date.parse(timestamp);
  if (age > options.expiresDays * DAY) return { choice: null, problem: 'it has expired', quiet: true };
  if (age < -DAY) return { choice: null, problem: 'its timestamp is in the future' };
  if (revision !== options.revision) {
    return { choice: null, problem: `it was made under revision ${revision}`, quiet: true };
  }
  const choice: StoredChoice = { version, id, revision, timestamp, categories: categories as Record<string, boolean> };
  if (services) choice.services = services as Record<string, boolean>;
  if (regime) choice.regime = regime;
  return { choice };
}

/** Reads the stored choice; never throws. */
export function readStoredChoice(options: StoreOptions, now = Date.now()): ReadResult {
  let encoded: string | undefined;
  try {
    encoded = rawCookie(options.name);
  } catch {
    return { choice: null, problem: 'cookies cannot be read on this page' };
  }
  return encoded === undefined ? { choice: null } : parseStoredChoice(encoded, options, now);
}

/** The value as stored: SPEC's key order and nothing else, whatever object the caller built (`services`, `regime` only when there). */
export function serializeChoice({
  version,
  id,
  revision,
  timestamp,
  categories,
  services,
  regime,
}: StoredChoice): string {
  return JSON.stringify({ version, id, revision, timestamp, categories, services, regime });
}

/** How long the value gets once js-cookie has encoded it. */
export function encodedLength(value: string): number {
  return Cookies.converter.write(value, '').length;
}

/**
 * The longest value a choice over these categories (and services) can take (every one `false`):
 * over `MAX_ENCODED_LENGTH`, a choice would be written and then refused on every load.
 */
export function longestEncodedChoice(
  optional: readonly string[],
  revision: number,
  services: readonly string[] = [],
): number {
  const off = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, false]));
  const id = '00000000-0000-4000-8000-000000000000';
  const choice: StoredChoice = {
    version: 1,
    id,
    revision,
    timestamp: new Date(0).toISOString(),
    categories: { [NECESSARY]: true, ...off(optional) },
    regime: 'opt-out',
  };
  if (services.length) choice.services = off(services);
  return encodedLength(serializeChoice(choice));
}

function attributes(options: StoreOptions) {
  return {
    path: options.path,
    domain: options.domain,
    sameSite: 'Lax' as const,
    secure: location.protocol === 'https:',
  };
}

/**
 * Writes the choice; returns whether the browser kept it (cookies may be blocked). A value longer
 * than this store would read back is never written.
 */
export function writeStoredChoice(choice: StoredChoice, options: StoreOptions): boolean {
  const value = serializeChoice(choice);
  if (encodedLength(value) > MAX_ENCODED_LENGTH) return false;
  try {
    Cookies.set(options.name, value, { ...attributes(options), expires: options.expiresDays });
    const written = rawCookie(options.name);
    return written !== undefined && Cookies.converter.read(written, options.name) === value;
  } catch {
    return false;
  }
}

/** Deletes the stored choice (host-only and on the configured domain). */
export function deleteStoredChoice(options: StoreOptions): void {
  try {
    Cookies.remove(options.name, attributes(options));
    Cookies.remove(options.name, { path: options.path });
  } catch {
    // Cookies blocked: there is nothing to delete.
  }
}
