/** The consent model of one page: holds the state, records decisions in the store, says what changed. */

import {
  allCategories,
  changedCategories,
  newChoice,
  selectCategories,
  stateFromChoice,
  undecidedState,
  type ConsentChangeDetail,
  type ConsentSource,
  type ConsentState,
  type StoredChoice,
} from './state.js';
import {
  deleteStoredChoice,
  longestEncodedChoice,
  MAX_ENCODED_LENGTH,
  parseStoredChoice,
  readStoredChoice,
  writeStoredChoice,
  type StoreOptions,
} from './store.js';

export class ConsentModel {
  state: ConsentState;
  #optional: readonly string[];
  #store: StoreOptions;
  readonly #warn: (message: string) => void;

  constructor(optional: readonly string[], store: StoreOptions, warn: (message: string) => void) {
    this.#optional = optional;
    this.#store = store;
    this.#warn = warn;
    this.state = undecidedState(optional, store.revision);
    this.#checkFits();
  }

  get optional(): readonly string[] {
    return this.#optional;
  }

  /** Reads the stored choice into the state. A bad value is reported once and means "not decided". */
  load(): ConsentState {
    const { choice, problem, quiet } = readStoredChoice(this.#store);
    if (problem && !quiet) this.#warn(`ignored the stored choice in the "${this.#store.name}" cookie: ${problem}`);
    this.state = choice
      ? stateFromChoice(choice, this.#optional)
      : undecidedState(this.#optional, this.#store.revision);
    return this.state;
  }

  /**
   * New settings (categories, cookie name, revision…): the stored choice is read again under them.
   * Returns the change when the state is not the same, else null.
   */
  reconfigure(optional: readonly string[], store: StoreOptions, source: ConsentSource): ConsentChangeDetail | null {
    const before = this.state;
    this.#optional = optional;
    this.#store = store;
    this.#checkFits();
    const after = this.load();
    this.state = before;
    const same =
      before.decided === after.decided &&
      before.id === after.id &&
      before.timestamp === after.timestamp &&
      Object.keys(before.categories).join() === Object.keys(after.categories).join() &&
      changedCategories(before, after).length === 0;
    if (same) {
      this.state = after;
      return null;
    }
    return this.#transition(after, source);
  }

  /** Records a decision: exactly the optional categories given as `true` are on. */
  record(selection: Readonly<Record<string, unknown>>, source: ConsentSource): ConsentChangeDetail {
    const choice = newChoice(selectCategories(this.#optional, selection), this.#store.revision, this.state.id);
    if (!writeStoredChoice(choice, this.#store)) {
      this.#warn(
        `could not store the choice in the "${this.#store.name}" cookie (cookies blocked, or the value too long?); it holds for this page only`,
      );
    }
    return this.#apply(choice, source);
  }

  acceptAll(source: ConsentSource): ConsentChangeDetail {
    return this.record(allCategories(this.#optional, true), source);
  }

  rejectAll(source: ConsentSource): ConsentChangeDetail {
    return this.record(allCategories(this.#optional, false), source);
  }

  /**
   * Takes a choice made elsewhere (another tab) without writing it again; null when the encoded
   * value is not a valid choice for this page's settings.
   */
  adopt(encoded: string, source: ConsentSource): ConsentChangeDetail | null {
    const { choice } = parseStoredChoice(encoded, this.#store);
    return choice ? this.#apply(choice, source) : null;
  }

  /** Deletes the stored choice and forgets it: the visitor is asked again. */
  forget(source: ConsentSource): ConsentChangeDetail {
    deleteStoredChoice(this.#store);
    return this.#transition(undecidedState(this.#optional, this.#store.revision), source);
  }

  /** A configuration whose choice could not fit the cookie would ask the visitor on every page: say so now. */
  #checkFits(): void {
    const length = longestEncodedChoice(this.#optional, this.#store.revision);
    if (length > MAX_ENCODED_LENGTH)
      this.#warn(
        `the choice over ${this.#optional.length} categories can take ${length} characters, more than the ${MAX_ENCODED_LENGTH} a cookie value may have; use fewer or shorter category names`,
      );
  }

  #apply(choice: StoredChoice, source: ConsentSource): ConsentChangeDetail {
    return this.#transition(stateFromChoice(choice, this.#optional), source);
  }

  #transition(state: ConsentState, source: ConsentSource): ConsentChangeDetail {
    const changed = changedCategories(this.state, state);
    this.state = state;
    return Object.freeze({ state, changed: Object.freeze(changed), source });
  }
}
