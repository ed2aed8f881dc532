/**
 * The classic script's parts: `<script>` elements for files beside it (`parts/<name>.js`,
 * `i18n/<tag>.js`), resolved from its own URL so that a CDN path and a self-hosted one both work.
 * They load under `script-src 'self'`, under a nonce with `'strict-dynamic'` (they get the
 * script's nonce), and with Trusted Types required (through the `cookie-consent` policy).
 */

import type { PartName, PartSource } from './parts.js';
import { scriptPolicy } from './trusted-types.js';

/** Resolves once the script has run; rejects when it cannot be fetched. */
function runScript(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error('it could not be fetched')), { once: true });
  });
}

/** A language file the site added as a tag, if there is one. */
function siteLanguageFile(tag: string): HTMLScriptElement | undefined {
  return [...document.scripts].find((script) => script.src.endsWith(`/i18n/${tag}.js`));
}

/**
 * Waits for a language file the site added as a tag that has not run yet. `load` never comes for
 * one that already failed, hence the time limit.
 */
function waitForSiteFile(script: HTMLScriptElement): Promise<void> {
  const timeout = new Promise<void>((_, reject) => setTimeout(() => reject(new Error('it did not load')), 3000));
  return Promise.race([runScript(script), timeout]);
}

/** For the full script: nothing is fetched, languages come only from the site's own tags. */
export function siteLanguageFiles(): PartSource {
  return {
    part: () => Promise.reject(new Error('every part is built in')),
    language(tag) {
      const added = siteLanguageFile(tag);
      return added
        ? waitForSiteFile(added)
        : Promise.reject(
            new Error(`it is not in cookie-consent.full.js: add <script src=".../i18n/${tag}.js"> beside it`),
          );
    },
  };
}

export function scriptSource(self: HTMLScriptElement | SVGScriptElement | null): PartSource {
  const src = self instanceof HTMLScriptElement ? self.src : '';
  const directory = new URL('.', src || document.baseURI).href;
  const nonce = self?.nonce ?? '';
  const load = (path: string): Promise<void> => {
    const script = document.createElement('script');
    script.src = scriptPolicy().createScriptURL(new URL(path, directory).href);
    script.async = true;
    if (nonce) script.nonce = nonce;
    const done = runScript(script);
    document.head.append(script);
    return done;
  };
  return {
    part: (name: PartName) => load(`parts/${name}.js`),
    language(tag) {
      // A language file the site added as a tag (beside ours, in either order) that has not run
      // yet: wait for it rather than fetch it again; if it fails, fetch ours.
      const added = siteLanguageFile(tag);
      const own = () => load(`i18n/${tag}.js`);
      return added ? waitForSiteFile(added).catch(own) : own();
    },
  };
}
