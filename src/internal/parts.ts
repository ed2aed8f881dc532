/**
 * Parts loaded on demand: the preferences dialog and `<cookie-policy>` (`preferences`), the
 * integrations needed only once a decision is made (`integrations`), and the languages other than
 * English. Each entry decides how they arrive: the classic script fetches them from its own
 * directory, the full script and the ES module have them built in (`setPartSource`).
 */

import { loadedTexts, type Texts } from '../i18n/index.js';
import type * as integrations from '../parts/integrations.js';
import type * as audit from '../parts/audit.js';
import type * as preferences from '../parts/preferences.js';
import type { TimeZoneTable } from '../regimes/time-zone.js';

export interface Parts {
  preferences: typeof preferences;
  audit: typeof audit;
  integrations: typeof integrations;
  /** The time-zone table, for browsers without `Intl.Locale.prototype.getTimeZones`. */
  'time-zones': { table: TimeZoneTable };
}
export type PartName = keyof Parts;

/** How parts and language files arrive: each resolves once the part or language has registered. */
export interface PartSource {
  part(name: PartName): Promise<void>;
  language(tag: string): Promise<void>;
}

const defined = new Map<PartName, unknown>();

/** What a part does when it runs: hands over its module. */
export function definePart<N extends PartName>(name: N, module: Parts[N]): void {
  if (!defined.has(name)) defined.set(name, module);
}

/** Until an entry says otherwise, nothing can be fetched: only what is built in or already registered. */
let source: PartSource = {
  part: () => Promise.reject(new Error('not built in')),
  language: () => Promise.reject(new Error('not built in')),
};

export function setPartSource(value: PartSource): void {
  source = value;
}

const parts = new Map<PartName, Promise<unknown>>();

/** A part's module; the promise rejects when it cannot be fetched (offline, 404, blocked). */
export function loadPart<N extends PartName>(name: N): Promise<Parts[N]> {
  let loading = parts.get(name);
  if (!loading) {
    loading = defined.has(name)
      ? Promise.resolve(defined.get(name))
      : source.part(name).then(() => {
          if (!defined.has(name)) throw new Error('it did not register');
          return defined.get(name);
        });
    // A failure is not kept: a later need (another click on "Customize") tries again.
    loading.catch(() => parts.delete(name));
    parts.set(name, loading);
  }
  return loading as Promise<Parts[N]>;
}

/** The part, when it has already arrived. */
export function partIfLoaded<N extends PartName>(name: N): Parts[N] | undefined {
  return defined.get(name) as Parts[N] | undefined;
}

const languages = new Map<string, Promise<Texts>>();

/** A built-in language's texts; rejects when its file cannot be fetched. */
export function loadLanguage(tag: string): Promise<Texts> {
  const texts = loadedTexts(tag);
  if (texts) return Promise.resolve(texts);
  let loading = languages.get(tag);
  if (!loading) {
    loading = source.language(tag).then(() => {
      const arrived = loadedTexts(tag);
      if (!arrived) throw new Error('it did not register');
      return arrived;
    });
    loading.catch(() => languages.delete(tag));
    languages.set(tag, loading);
  }
  return loading;
}
