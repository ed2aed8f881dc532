/** Gating: `data-consent` scripts run, and embeds get their source, once their categories are accepted. */

import { safeUrl } from '../consent/config.js';
import type { ConsentState } from '../consent/state.js';
import type { Integration } from '../elements/cookie-consent/cookie-consent.js';
import { allows, categoryList, onChange, onReady } from './shared.js';

const GATED =
  'script[type="text/plain"][data-consent],:is(iframe,img,video,embed)[data-consent],[data-consent-placeholder]';

interface Policy {
  createScript(value: string): string;
  createScriptURL(value: string): string;
}

let policy: Policy | undefined;

/**
 * Script text and URLs come from the site's own markup; under `require-trusted-types-for 'script'`
 * they go through the `cookie-consent` policy (a site with a `trusted-types` list must allow it).
 */
function trusted(): Policy {
  if (!policy) {
    const same = (value: string) => value;
    policy = { createScript: same, createScriptURL: same };
    try {
      const types = (window as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
      policy = types?.createPolicy('cookie-consent', policy) ?? policy;
    } catch {
      // Not allowed by the page's `trusted-types` list: the browser reports the blocked assignments.
    }
  }
  return policy;
}

/** Replaces a gated script by a live copy; resolves once an external, non-async one has loaded (or failed). */
function run(gated: HTMLScriptElement, nonce: string): Promise<void> {
  return new Promise((done) => {
    if (!gated.isConnected) return done();
    const script = document.createElement('script');
    for (const { name, value } of gated.attributes)
      if (!/^(type|src|nonce)$/.test(name)) script.setAttribute(name, value);
    if (gated.dataset.type) script.type = gated.dataset.type;
    script.async = gated.hasAttribute('async');
    // The IDL property: the browser empties the attribute on pages with a CSP.
    script.nonce = gated.nonce || nonce;
    const src = gated.getAttribute('src');
    const wait = src !== null && !script.async;
    if (src === null) script.text = trusted().createScript(gated.text);
    else script.src = trusted().createScriptURL(src);
    if (wait) ['load', 'error'].forEach((type) => script.addEventListener(type, () => done()));
    gated.replaceWith(script);
    if (!wait) done();
  });
}

/** Gives an embed (and a video's `<source>` children) its `data-src` / `data-srcset`. */
function load(embed: HTMLElement, warn: (message: string) => void): void {
  for (const node of [embed, ...embed.querySelectorAll('source')] as HTMLImageElement[]) {
    const { src, srcset } = node.dataset;
    if (srcset) node.srcset = srcset;
    if (!src) continue;
    const url = safeUrl(src);
    if (url) node.src = node.localName === 'embed' ? trusted().createScriptURL(url) : url;
    else warn(`data-src="${src}" is not an http(s) or relative URL`);
  }
  if (embed instanceof HTMLVideoElement) embed.load();
}

export const gating: Integration = (host) => {
  const done = new WeakSet<Element>();
  /** Categories something on this page was activated for: withdrawing one reloads the page. */
  const used = new Set<string>();
  let state: ConsentState | undefined;
  let queue = Promise.resolve();

  const handle = (node: HTMLElement) => {
    const { consent, consentPlaceholder } = node.dataset;
    if (consentPlaceholder !== undefined) {
      node.hidden = allows(state!, consentPlaceholder);
      return;
    }
    if (done.has(node)) return;
    for (const name of categoryList(consent)) {
      if (!Object.hasOwn(state!.categories, name))
        host.warn(`data-consent="${consent}": there is no category "${name}"`);
    }
    if (!allows(state!, consent)) return;
    done.add(node);
    categoryList(consent).forEach((name) => used.add(name));
    // One script that cannot run (a Trusted Types refusal) must not hold up the others.
    if (node instanceof HTMLScriptElement)
      queue = queue.then(() => run(node, host.nonce ?? '')).catch((error) => host.warn(`${error}`));
    else load(node, (message) => host.warn(message));
  };
  let started = false;
  const scan = (root: Element | Document) => {
    if (!started) return;
    if (root instanceof HTMLElement && root.matches(GATED)) handle(root);
    root.querySelectorAll<HTMLElement>(GATED).forEach(handle);
  };
  // `consent-ready` comes once the page is parsed, so no inline script is still half-read.
  const start = () => {
    started = true;
    scan(document);
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
    }).observe(document, { childList: true, subtree: true });
  };

  onReady(host, (ready) => {
    state = ready;
    start();
  });
  onChange(host, (change) => {
    state = change.state;
    // A script that ran cannot be unloaded: reloading is the only way to stop it.
    if (change.changed.some((name) => used.has(name) && !change.state.categories[name])) location.reload();
    else scan(document);
  });
  // `data-consent-accept="third-party"`: a placeholder's button that accepts just those categories.
  document.addEventListener('click', (event) => {
    const trigger = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-consent-accept'));
    if (!trigger) return;
    const accepted = categoryList(trigger.dataset.consentAccept).map((name) => [name, true]);
    host.save({ ...host.state.categories, ...Object.fromEntries(accepted) }, 'api');
  });
};
