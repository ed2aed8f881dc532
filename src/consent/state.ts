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

function freezeState(
  decided: boolean,
  categories: Record<string, boolean>,
  revision: number,
  timestamp: string | null,
  id: string | null,
): ConsentState {
  const accepted = Object.freeze(Object.keys(categories).filter((name) => categories[name]));
  return Object.freeze({
    decided,
    categories: Object.freeze(categories),
    services: Object.freeze({}),
    accepted,
    revision,
    timestamp,
    id,
    regime: 'opt-in',
    region: '',
  });
}

/** No valid choice yet: every optional category off. */
export function undecidedState(optional: readonly string[], revision: number): ConsentState {
  return freezeState(false, allCategories(optional, false), revision, null, null);
}

/** The state a stored (already validated) choice stands for, over today's categories. */
export function stateFromChoice(choice: StoredChoice, optional: readonly string[]): ConsentState {
  return freezeState(true, selectCategories(optional, choice.categories), choice.revision, choice.timestamp, choice.id);
}

/** The categories whose value differs between two states (an undecided state counts as all off). */
export function changedCategories(before: ConsentState, after: ConsentState): string[] {
  const names = new Set([...Object.keys(before.categories), ...Object.keys(after.categories)]);
  return [...names].filter((name) => (before.categories[name] === true) !== (after.categories[name] === true));
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
): StoredChoice {
  return { version: 1, id: id ?? uuidV4(), revision, timestamp: new Date(now).toISOString(), categories };
}
