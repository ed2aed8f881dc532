/** The consent model of one page: holds the state, records decisions in the store, says what changed. */

import {
  allChoice,
  changedCategories,
  flatChoice,
  newChoice,
  NECESSARY,
  OPT_IN,
  selectChoice,
  serviceNames,
  stateFromChoice,
  undecidedState,
  type ConsentChangeDetail,
  type ConsentSource,
  type ConsentState,
  type RegimeContext,
  type ServiceMap,
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
  #services: ServiceMap;
  #context: RegimeContext;
  #store: StoreOptions;
  readonly #warn: (message: string) => void;

  /** `services`: each optional category's services, for the categories that have some. */
  constructor(
    optional: readonly string[],
    store: StoreOptions,
    warn: (message: string) => void,
    services: ServiceMap = {},
    context: RegimeContext = OPT_IN,
  ) {
    this.#optional = optional;
    this.#services = services;
    this.#context = context;
    this.#store = store;
    this.#warn = warn;
    this.state = this.#undecided();
    this.#checkFits();
  }

  get optional(): readonly string[] {
    return this.#optional;
  }

  /** The regime in force, its region, and whether Global Privacy Control refused for the visitor. */
  get context(): RegimeContext {
    return this.#context;
  }

  #undecided(): ConsentState {
    return undecidedState(this.#optional, this.#store.revision, this.#services, this.#context);
  }

  /**
   * Under opt-in, a choice made under another regime is consent only if it accepts nothing optional
   * (a grant that was a default, or an "OK" to a notice, is not a yes to a question): a refusal counts everywhere.
   */
  #holds(choice: StoredChoice): boolean {
    return (
      this.#context.regime !== 'opt-in' ||
      !choice.regime ||
      Object.entries({ ...choice.categories, ...choice.services }).every(([name, on]) => !on || name === NECESSARY)
    );
  }

  /** Reads the stored choice into the state. A bad value is reported once and means "not decided". */
  load(): ConsentState {
    const { choice, problem, quiet } = readStoredChoice(this.#store);
    if (problem && !quiet) this.#warn(`ignored the stored choice in the "${this.#store.name}" cookie: ${problem}`);
    this.state =
      choice && this.#holds(choice)
        ? stateFromChoice(choice, this.#optional, this.#services, this.#context)
        : this.#undecided();
    return this.state;
  }

  /**
   * New settings (categories, cookie name, revision…): the stored choice is read again under them.
   * Returns the change when the state is not the same, else null.
   */
  reconfigure(
    optional: readonly string[],
    store: StoreOptions,
    source: ConsentSource,
    services: ServiceMap = {},
    context: RegimeContext = OPT_IN,
  ): ConsentChangeDetail | null {
    const before = this.state;
    this.#optional = optional;
    this.#services = services;
    this.#context = context;
    this.#store = store;
    this.#checkFits();
    const after = this.load();
    this.state = before;
    const same =
      before.decided === after.decided &&
      before.id === after.id &&
      before.timestamp === after.timestamp &&
      Object.keys(before.categories).join() === Object.keys(after.categories).join() &&
      Object.keys(before.services).join() === Object.keys(after.services).join() &&
      changedCategories(before, after).length === 0;
    if (same) {
      this.state = after;
      return null;
    }
    return this.#transition(after, source);
  }

  /**
   * Records a decision: exactly the optional categories and services given as `true` are on; a
   * category given `true` turns on its services not given otherwise.
   */
  record(selection: Readonly<Record<string, unknown>>, source: ConsentSource): ConsentChangeDetail {
    const { categories, services } = selectChoice(this.#optional, this.#services, selection);
    const hasServices = serviceNames(this.#services).length > 0;
    const choice = newChoice(
      categories,
      this.#store.revision,
      this.state.id,
      Date.now(),
      hasServices ? services : undefined,
      this.#context.regime,
    );
    if (!writeStoredChoice(choice, this.#store)) {
      this.#warn(
        `could not store the choice in the "${this.#store.name}" cookie (cookies blocked, or the value too long?); it holds for this page only`,
      );
    }
    return this.#apply(choice, source);
  }

  acceptAll(source: ConsentSource): ConsentChangeDetail {
    return this.#recordAll(true, source);
  }

  rejectAll(source: ConsentSource): ConsentChangeDetail {
    return this.#recordAll(false, source);
  }

  #recordAll(value: boolean, source: ConsentSource): ConsentChangeDetail {
    return this.record(flatChoice(allChoice(this.#optional, this.#services, value)), source);
  }

  /**
   * Takes a choice made elsewhere (another tab) without writing it again; null when the encoded
   * value is not a valid choice for this page's settings.
   */
  adopt(encoded: string, source: ConsentSource): ConsentChangeDetail | null {
    const { choice } = parseStoredChoice(encoded, this.#store);
    return choice && this.#holds(choice) ? this.#apply(choice, source) : null;
  }

  /** Deletes the stored choice and forgets it: the visitor is asked again. */
  forget(source: ConsentSource): ConsentChangeDetail {
    deleteStoredChoice(this.#store);
    return this.#transition(this.#undecided(), source);
  }

  /** A configuration whose choice could not fit the cookie would ask the visitor on every page: say so now. */
  #checkFits(): void {
    const services = serviceNames(this.#services);
    const length = longestEncodedChoice(this.#optional, this.#store.revision, services);
    if (length > MAX_ENCODED_LENGTH)
      this.#warn(
        `the choice over ${this.#optional.length} categories${services.length ? ` and ${services.length} services` : ''} can take ${length} characters, more than the ${MAX_ENCODED_LENGTH} a cookie value may have; use fewer or shorter names`,
      );
  }

  #apply(choice: StoredChoice, source: ConsentSource): ConsentChangeDetail {
    return this.#transition(stateFromChoice(choice, this.#optional, this.#services, this.#context), source);
  }

  #transition(state: ConsentState, source: ConsentSource): ConsentChangeDetail {
    const changed = changedCategories(this.state, state);
    this.state = state;
    return Object.freeze({ state, changed: Object.freeze(changed), source });
  }
}
