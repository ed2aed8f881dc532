/** Gating: `data-consent` scripts run, and embeds get their source, once their categories are accepted. */

import type { ReactiveControllerHost } from 'lit';
import { serviceMap, type CategoryConfig } from '../consent/config.js';
import {
  flatChoice,
  toggleChoice,
  type ConsentChangeDetail,
  type ConsentSource,
  type ConsentState,
} from '../consent/state.js';
import { closestInPath, yieldToMain } from '../internal/dom.js';
import { scriptPolicy } from '../internal/trusted-types.js';
import { safeUrl } from '../internal/url.js';
import { allows, HostController, nameList } from './controller.js';

const GATED =
  'script[type="text/plain"][data-consent],:is(iframe,img,video,embed)[data-consent],[data-consent-placeholder]';

/** What gating needs of the element. */
export interface GatingHost extends ReactiveControllerHost {
  readonly state: ConsentState;
  readonly content: Readonly<Record<string, CategoryConfig>>;
  /** The CSP nonce for the scripts it activates (the native `nonce` IDL property). */
  readonly nonce?: string;
  warn(message: string): void;
  save(selection: Record<string, boolean>, source: ConsentSource): void;
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
    if (src === null) script.text = scriptPolicy().createScript(gated.text);
    else script.src = scriptPolicy().createScriptURL(src);
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
    if (url) node.src = node.localName === 'embed' ? scriptPolicy().createScriptURL(url) : url;
    else warn(`data-src="${src}" is not an http(s) or relative URL`);
  }
  if (embed instanceof HTMLVideoElement) embed.load();
}

/** Whether a form field on the page holds input the visitor typed and has not sent. */
function hasEditedField(): boolean {
  return [
    ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select'),
  ].some((field) =>
    field instanceof HTMLSelectElement
      ? [...field.options].some((option) => option.selected !== option.defaultSelected)
      : field.type === 'checkbox' || field.type === 'radio'
        ? (field as HTMLInputElement).checked !== (field as HTMLInputElement).defaultChecked
        : field.value !== field.defaultValue,
  );
}

export class GatingController extends HostController<GatingHost> {
  readonly name = 'gating';
  #done = new WeakSet<Element>();
  /** Categories something on this page was activated for: withdrawing one reloads the page. */
  #used = new Set<string>();
  #state?: ConsentState;
  #scripts = Promise.resolve();
  #observer?: MutationObserver;
  #reloadPending = false;

  hostConnected(): void {
    document.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#onClick);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#state = undefined;
    this.#stopWaitingToReload();
  }

  /** `consent-ready` comes once the page is parsed, so no inline script is still half-read. */
  ready(state: ConsentState): void {
    this.#state = state;
    this.#scan(document);
    this.#observer ??= new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && this.#scan(node));
    });
    this.#observer.observe(document, { childList: true, subtree: true });
  }

  changed({ state, changed, source }: ConsentChangeDetail): void {
    const started = this.#state !== undefined;
    this.#state = state;
    // A script that ran cannot be unloaded: reloading is the only way to stop it.
    if (changed.some((name) => this.#used.has(name) && !state.accepted.includes(name))) {
      this.#used.clear(); // Asked once: a later change must not ask again.
      if (source === 'sync') this.#reloadWhenSafe();
      else location.reload();
    } else if (started) this.#scan(document);
  }

  #scan(root: Element | Document): void {
    if (!this.#state) return;
    if (root instanceof HTMLElement && root.matches(GATED)) this.#handle(root);
    root.querySelectorAll<HTMLElement>(GATED).forEach((node) => this.#handle(node));
  }

  #handle(node: HTMLElement): void {
    const state = this.#state!;
    const { consent, consentPlaceholder } = node.dataset;
    if (consentPlaceholder !== undefined) {
      node.hidden = allows(state, consentPlaceholder);
      return;
    }
    if (this.#done.has(node)) return;
    for (const name of nameList(consent)) {
      if (!Object.hasOwn(state.categories, name) && !Object.hasOwn(state.services, name))
        this.host.warn(`data-consent="${consent}": there is no category "${name}"`);
    }
    if (!allows(state, consent)) return;
    this.#done.add(node);
    if (!(node instanceof HTMLScriptElement)) {
      nameList(consent).forEach((name) => this.#used.add(name));
      return load(node, (message) => this.host.warn(message));
    }
    // In document order, one at a time, each in a task of its own: the click that accepted paints
    // first, and the page stays responsive while they run. One whose categories were refused
    // before its turn (a decision taken back at once) waits for the next acceptance; one that
    // cannot run (a Trusted Types refusal) does not hold up the others.
    this.#scripts = this.#scripts
      .then(yieldToMain)
      .then(() => {
        if (!this.#state || !allows(this.#state, consent)) return void this.#done.delete(node);
        nameList(consent).forEach((name) => this.#used.add(name));
        return run(node, this.host.nonce ?? '');
      })
      .catch((error) => this.host.warn(`${error}`));
  }

  /**
   * `data-consent-accept="third-party"` (or `"youtube"`): a placeholder's button that accepts just
   * those categories or services, the rest of the choice kept.
   */
  readonly #onClick = (event: Event): void => {
    const trigger = closestInPath(event, 'data-consent-accept');
    if (!trigger) return;
    const map = serviceMap(this.host.content);
    const selection = nameList(trigger.dataset.consentAccept).reduce(
      (values, name) => toggleChoice(map, values, name, true),
      flatChoice(this.host.state),
    );
    this.host.save(selection, 'api');
  };

  /**
   * A withdrawal made in another tab: this tab applies it at once (events, clean-up, Consent Mode)
   * but reloads only when it is shown and no form field holds unsent input, so nothing typed is lost.
   */
  #reloadWhenSafe(): void {
    this.#reloadPending = true;
    this.#checkReload();
    if (!this.#reloadPending) return;
    for (const type of ['visibilitychange', 'input', 'change', 'reset', 'submit'])
      document.addEventListener(type, this.#checkReload, true);
  }

  readonly #checkReload = (): void => {
    if (!this.#reloadPending || document.visibilityState !== 'visible') return;
    // After the event has done its work (a reset clears the fields once its listeners have run).
    setTimeout(() => {
      if (!this.#reloadPending || document.visibilityState !== 'visible' || hasEditedField()) return;
      this.#stopWaitingToReload();
      location.reload();
    });
  };

  #stopWaitingToReload(): void {
    this.#reloadPending = false;
    for (const type of ['visibilitychange', 'input', 'change', 'reset', 'submit'])
      document.removeEventListener(type, this.#checkReload, true);
  }
}
