/** The consent state a site sees, and the pure functions that derive one state from another. */

export const NECESSARY = 'necessary';

/** Where a recorded choice came from. */
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'gpc' | 'sync';

/** What the page's scripts see: always a complete, frozen picture, `necessary` always on. */
export interface ConsentState {
  readonly decided: boolean;
  readonly categories: Readonly<Record<string, boolean>>;
  /** Per-service choices; `{}` while no category lists services. */
  readonly services: Readonly<Record<string, boolean>>;
  /** Accepted categories (and services), `necessary` first. */
  readonly accepted: readonly string[];
  readonly revision: number;
  readonly timestamp: string | null;
  readonly id: string | null;
  /** The regime in force. */
  readonly regime: Regime;
  /** The upper-case region the regime was chosen by; `''` when unknown or not looked up. */
  readonly region: string;
}

/** The law the banner follows (SPEC "Regimes"). */
export type Regime = 'opt-in' | 'opt-out' | 'none';

/** The regime in force, the region it was chosen by, and whether Global Privacy Control makes the defaults refusals. */
export interface RegimeContext {
  readonly regime: Regime;
  readonly region: string;
  readonly gpc: boolean;
}

export const OPT_IN: RegimeContext = Object.freeze({ regime: 'opt-in', region: '', gpc: false });

/**
 * What an undecided visitor counts as having chosen: nothing optional under opt-in; everything under
 * opt-out and none, unless Global Privacy Control objected for them.
 */
export const acceptsByDefault = ({ regime, gpc }: RegimeContext): boolean => regime !== 'opt-in' && !gpc;

/** `detail` of the `consent-change` event. */
export interface ConsentChangeDetail {
  readonly state: ConsentState;
  readonly changed: readonly string[];
  readonly source: ConsentSource;
}

/** The record kept in the `cookies_preferences` cookie (SPEC: "Stored choice"). */
export interface StoredChoice {
  version: 1;
  id: string;
  revision: number;
  timestamp: string;
  categories: Record<string, boolean>;
  /** Per-service choices: there only when the configuration has services. */
  services?: Record<string, boolean>;
  /** The regime the choice was made under, when not opt-in. */
  regime?: 'opt-out' | 'none';
}

/** Each optional category's services, by category; a category without services is absent (or `[]`). */
export type ServiceMap = Readonly<Record<string, readonly string[]>>;

/** A choice over the configured categories and services: what the model records and the state shows. */
export interface Choice {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/**
 * Categories and services in one record by name (a service's name is never a category's): what
 * `save()` takes, what the switches show, what Consent Mode maps.
 */
export function flatChoice({
  categories,
  services,
}: {
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
}): Record<string, boolean> {
  return { ...categories, ...services };
}

/** Every configured service, in category order. */
export function serviceNames(services: ServiceMap): string[] {
  return Object.values(services).flat();
}

/**
 * Builds a categories record over exactly `optional` (plus necessary), each optional category on
 * only when `selection[name] === true`: unknown names are dropped, anything but `true` means off.
 */
export function selectCategories(
  optional: readonly string[],
  selection: Readonly<Record<string, unknown>>,
): Record<string, boolean> {
  const categories: Record<string, boolean> = { [NECESSARY]: true };
  for (const name of optional) {
    categories[name] = Object.hasOwn(selection, name) && selection[name] === true;
  }
  return categories;
}

/** Every optional category set to the same value: accept all or reject all. */
export function allCategories(optional: readonly string[], value: boolean): Record<string, boolean> {
  return selectCategories(optional, Object.fromEntries(optional.map((name) => [name, value])));
}

/**
 * A selection (category and service names, as `save()` takes it) over the configured categories
 * and services. A service is on when given `true`, or, not given at all, when its category is
 * given `true` (`save({ "third-party": true })` turns on all of its services); a category with
 * services is on exactly when every one of them is.
 */
export function selectChoice(
  optional: readonly string[],
  services: ServiceMap,
  selection: Readonly<Record<string, unknown>>,
): Choice {
  const given = (name: string) => (Object.hasOwn(selection, name) ? selection[name] === true : undefined);
  const categories = selectCategories(optional, selection);
  const chosen: Record<string, boolean> = {};
  for (const category of optional) {
    const own = services[category] ?? [];
    for (const service of own) chosen[service] = given(service) ?? categories[category];
    if (own.length) categories[category] = own.every((service) => chosen[service]);
  }
  return { categories, services: chosen };
}

/**
 * A switch turned: a category with services turns them all; a service sets its category on exactly
 * when every service of that category is on. `values` holds categories and services by name.
 */
export function toggleChoice(
  services: ServiceMap,
  values: Readonly<Record<string, boolean>>,
  name: string,
  on: boolean,
): Record<string, boolean> {
  const next = { ...values, [name]: on };
  for (const [category, own] of Object.entries(services)) {
    if (category === name) own.forEach((service) => (next[service] = on));
    else if (own.includes(name)) next[category] = own.every((service) => next[service]);
  }
  return next;
}

/** Every optional category and service set to the same value: accept all or reject all. */
export function allChoice(optional: readonly string[], services: ServiceMap, value: boolean): Choice {
  return selectChoice(optional, services, Object.fromEntries(optional.map((name) => [name, value])));
}

function freezeState(
  decided: boolean,
  { categories, services }: Choice,
  revision: number,
  timestamp: string | null,
  id: string | null,
  { regime, region }: RegimeContext,
): ConsentState {
  const accepted = Object.freeze(
    [...Object.keys(categories), ...Object.keys(services)].filter((name) => categories[name] ?? services[name]),
  );
  return Object.freeze({
    decided,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    accepted,
    revision,
    timestamp,
    id,
    regime,
    region,
  });
}

/** No valid choice yet: every optional category and service at the regime's default (off under opt-in). */
export function undecidedState(
  optional: readonly string[],
  revision: number,
  services: ServiceMap = {},
  context: RegimeContext = OPT_IN,
): ConsentState {
  return freezeState(false, allChoice(optional, services, acceptsByDefault(context)), revision, null, null, context);
}

/**
 * The state a stored (already validated) choice stands for, over today's categories and services:
 * a service the choice does not name is refused, and a category with services is on only when all are.
 */
export function stateFromChoice(
  choice: StoredChoice,
  optional: readonly string[],
  services: ServiceMap = {},
  context: RegimeContext = OPT_IN,
): ConsentState {
  const selection: Record<string, boolean> = { ...choice.categories };
  // Services are read from `services` alone: an old choice's `"third-party": true` is not theirs.
  for (const service of serviceNames(services)) selection[service] = choice.services?.[service] === true;
  return freezeState(
    true,
    selectChoice(optional, services, selection),
    choice.revision,
    choice.timestamp,
    choice.id,
    context,
  );
}

/** The categories and services whose value differs between two states (an undecided state counts at its regime's defaults). */
export function changedCategories(before: ConsentState, after: ConsentState): string[] {
  const changed = (field: 'categories' | 'services') => {
    const names = new Set([...Object.keys(before[field]), ...Object.keys(after[field])]);
    return [...names].filter((name) => (before[field][name] === true) !== (after[field][name] === true));
  };
  return [...changed('categories'), ...changed('services')];
}

/** A random RFC 4122 version 4 id; `crypto.randomUUID` is missing on plain-http pages, so build it. */
export function uuidV4(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The record of a decision; a visitor keeps one consent id across decisions, so receipts link up. */
export function newChoice(
  categories: Record<string, boolean>,
  revision: number,
  id: string | null = null,
  now: number = Date.now(),
  services?: Record<string, boolean>,
  regime: Regime = 'opt-in',
): StoredChoice {
  const choice: StoredChoice = {
    version: 1,
    id: id ?? uuidV4(),
    revision,
    timestamp: new Date(now).toISOString(),
    categories,
  };
  if (services) choice.services = services;
  if (regime !== 'opt-in') choice.regime = regime;
  return choice;
}
