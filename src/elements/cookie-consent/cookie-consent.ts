/** The `<cookie-consent>` element: reads its settings, holds the consent model, renders the banner and the preferences dialog. */

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { claimHost, releaseHost, type ConsentHost } from '../../api.js';
import {
  configuredCategories,
  parseCategoryList,
  parseConfig,
  parseConfigJson,
  parseWholeNumber,
  safeUrl,
  type CategoryConfig,
  type ConsentConfig,
  type Problems,
} from '../../consent/config.js';
import { ConsentModel } from '../../consent/consent-model.js';
import {
  undecidedState,
  type ConsentChangeDetail,
  type ConsentSource,
  type ConsentState,
} from '../../consent/state.js';
import type { StoreOptions } from '../../consent/store.js';
import { direction, languages, pickLanguage, translator, type Translate } from '../../i18n/index.js';
import { renderCategory } from '../category.js';
import { styles } from './cookie-consent.styles.js';

const TEXT_KEYS = Object.keys(languages.en);
const COOKIE_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;

/** Enumerated attributes: their allowed values, the first being the default. */
const ENUMS = {
  position: ['bottom', 'top', 'bottom-left', 'bottom-right', 'center'],
  theme: ['auto', 'light', 'dark'],
  gpc: ['honor', 'ignore'],
} as const;

/**
 * An integration (script gating, Consent Mode, GPC, receipts, sync…) is started once per element,
 * after the stored choice is read (`host.state`) and before it is announced; it listens to the
 * element's `consent-ready` and `consent-change` events and may record decisions through
 * `save(selection, source)`. It never renders.
 */
export type Integration = (host: CookieConsent) => void;

/** Runs once per page whatever the number of elements, so sites hear `consent-ready` once. */
let readyDispatched = false;

/**
 * Calls back once the document is parsed: at once when `DOMContentLoaded` has fired, else on it.
 * A deferred script runs just before that event, so the page's own scripts after ours, deferred
 * or not, have all added their listeners by then and none misses `consent-ready`.
 */
function whenParsed(callback: () => void): void {
  const [navigation] = performance.getEntriesByType?.('navigation') ?? [];
  const parsed =
    document.readyState === 'complete' ||
    (navigation
      ? (navigation as PerformanceNavigationTiming).domContentLoadedEventStart > 0
      : document.readyState === 'interactive');
  if (parsed) callback();
  else document.addEventListener('DOMContentLoaded', callback, { once: true });
}

/** The focused element, looking inside shadow roots (a button in our own banner, for instance). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A cookie consent banner and preferences dialog. Settings are attributes (each also a property,
 * camelCased); per-site content comes from a child `<script type="application/json">` or `config`.
 *
 * @tagname cookie-consent
 *
 * @attr {string} categories - Space-separated optional categories. Default `statistical first-party third-party`.
 * @attr {string} cookie-name - Cookie that stores the choice. Default `cookies_preferences`.
 * @attr {string} cookie-domain - Domain of that cookie, e.g. `.example.org`. Default host-only.
 * @attr {string} cookie-path - Path of that cookie. Default `/`.
 * @attr {number} expires-days - Lifetime of a choice in days (1 to 400). Default `182`.
 * @attr {number} revision - Policy revision; a choice stored under another one is asked again. Default `0`.
 * @attr {string} lang - Language of the texts. Default: nearest `lang` in the page, else the browser's.
 * @attr {string} policy-url - Link to the full cookie policy (`http(s):` or relative).
 * @attr {'bottom'|'top'|'bottom-left'|'bottom-right'|'center'} position - Where the banner sits. Default `bottom`.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`. Default `auto`.
 * @attr {'honor'|'ignore'} gpc - Honor Global Privacy Control as "reject all" when nothing is stored. Default `honor`.
 * @attr {boolean} consent-mode - Drive Google Consent Mode v2 and push `cookie_consent_update` onto `dataLayer`.
 * @attr {string} log-endpoint - URL that receives a JSON consent receipt on every decision.
 * @attr {string} nonce - CSP nonce given to the scripts that consent activates (read through the native `nonce` property).
 * @attr {boolean} open - Present while the banner is shown; set or remove it to show or hide the banner.
 *
 * @fires {CustomEvent<ConsentState>} consent-ready - Once per page, when the stored choice has been read.
 * @fires {CustomEvent<ConsentChangeDetail>} consent-change - Every time a choice is recorded.
 *
 * @csspart banner - The first layer.
 * @csspart title - The banner's title.
 * @csspart message - The banner's message.
 * @csspart policy-link - The link to the cookie policy.
 * @csspart accept-all - "Accept all" buttons (banner and dialog).
 * @csspart reject-all - "Reject all" buttons (banner and dialog).
 * @csspart customize - The banner's "Customize" button.
 * @csspart preferences - The preferences dialog.
 * @csspart category - One category in the dialog.
 * @csspart switch - A category's on/off switch.
 * @csspart cookie-table - A category's table of cookies.
 * @csspart save - The dialog's "Save my choices" button.
 * @csspart close - The dialog's close button.
 *
 * @cssprop --cc-font - Font family. Default: inherited from the page.
 * @cssprop --cc-font-size - Base font size. Default `1rem`.
 * @cssprop --cc-bg - Background of the banner and dialog.
 * @cssprop --cc-fg - Text colour.
 * @cssprop --cc-border - Border and separator colour.
 * @cssprop --cc-link - Link colour.
 * @cssprop --cc-button-bg - Background of every button (all equally prominent).
 * @cssprop --cc-button-fg - Text colour of every button.
 * @cssprop --cc-switch-on - Colour of a switch that is on.
 * @cssprop --cc-focus - Focus ring colour.
 * @cssprop --cc-radius - Corner radius. Default `0.5rem`.
 * @cssprop --cc-gap - Base spacing. Default `1rem`.
 * @cssprop --cc-max-width - Widest the banner and dialog get. Default `60rem` (banner), `42rem` (dialog).
 * @cssprop --cc-shadow - Shadow of the banner and dialog.
 * @cssprop --cc-z-index - Stacking order of the banner. Default `2147483000`.
 * @cssprop --cc-backdrop - Colour behind the preferences dialog.
 */
export class CookieConsent extends LitElement implements ConsentHost {
  static override styles = styles;

  /** Started by every element in `start()`; `define.ts` fills the list. */
  static integrations: Integration[] = [];

  static override properties = {
    _preferencesOpen: { state: true },
    _draft: { state: true },
    _state: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'open', 'lang', 'policy-url', 'position', 'theme'];
  }

  /**
   * Per-site content for module users; merged over the JSON child, read when the element starts.
   * A plain field, not a Lit property: Lit would hold a value set before the element is defined
   * until its first update, after `start()` has read it.
   */
  declare config: ConsentConfig | undefined;
  declare categories: string;
  declare cookieName: string;
  declare cookieDomain: string | null;
  declare cookiePath: string;
  declare expiresDays: number;
  declare revision: number;
  declare policyUrl: string | null;
  declare position: (typeof ENUMS.position)[number];
  declare theme: (typeof ENUMS.theme)[number];
  declare gpc: (typeof ENUMS.gpc)[number];
  declare consentMode: boolean;
  declare logEndpoint: string | null;
  declare open: boolean;

  declare private _preferencesOpen: boolean;
  declare private _draft: Record<string, boolean>;
  declare private _state: ConsentState;
  private model?: ConsentModel;
  /** @internal Every category (necessary first) with its configured content; `<cookie-policy>` shows it too. */
  content: Record<string, CategoryConfig> = {};
  /** @internal The site's texts per language; `<cookie-policy>` speaks them too. */
  siteTexts: Record<string, Record<string, string>> = {};
  private warned = new Set<string>();
  private opener: Element | null = null;

  constructor() {
    super();
    this._preferencesOpen = false;
    this._draft = {};
    this._state = undecidedState([], 0);
  }

  /** The visitor's current choice. */
  get state(): ConsentState {
    return this.model?.state ?? this._state;
  }

  /** Reports bad input once per element, clearly, and never throws. */
  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`cookie-consent: ${message}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!claimHost(this)) {
      this.warn('only one <cookie-consent> per page is used; this one is ignored');
      return;
    }
    document.addEventListener('click', this.onDocumentClick);
    document.addEventListener('keydown', this.onDocumentKeydown);
    if (!this.model) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseHost(this);
    document.removeEventListener('click', this.onDocumentClick);
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  /** Reads the configuration and the stored choice, then tells the page. */
  private start(): void {
    const problems: Problems = [];
    const json = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const fromJson = json ? parseConfigJson(json, TEXT_KEYS, problems) : {};
    const fromProperty = parseConfig(this.config, TEXT_KEYS, problems);
    const optional = parseCategoryList(this.getAttribute('categories'), problems);
    this.content = configuredCategories(
      optional,
      { categories: { ...fromJson.categories, ...fromProperty.categories } },
      problems,
    );
    this.siteTexts = { ...fromJson.texts };
    for (const [lang, texts] of Object.entries(fromProperty.texts ?? {})) {
      this.siteTexts[lang] = { ...this.siteTexts[lang], ...texts };
    }
    if (problems.length) this.warn(`ignored part of the configuration: ${problems.join('; ')}`);

    const store: StoreOptions = {
      name: this.cookieName,
      domain: this.cookieDomain ?? undefined,
      path: this.cookiePath,
      expiresDays: this.expiresDays,
      revision: this.revision,
    };
    this.model = new ConsentModel(optional, store, (message) => this.warn(message));
    this._state = this.model.load();
    if (!this._state.decided && !this.hasAttribute('open')) this.open = true;
    for (const integrate of CookieConsent.integrations) integrate(this);
    whenParsed(() => {
      if (readyDispatched) return;
      readyDispatched = true;
      this.dispatch('consent-ready', this._state);
    });
  }

  private dispatch(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Applies a change from the model (none before it starts): re-render, close the layers, tell the page. */
  private commit(change: ConsentChangeDetail | null | undefined): void {
    if (!change) return;
    this._state = change.state;
    this.open = !change.state.decided;
    this.closePreferences();
    this.dispatch('consent-change', change);
  }

  acceptAll(source: ConsentSource = 'api'): void {
    this.commit(this.model?.acceptAll(source));
  }

  rejectAll(source: ConsentSource = 'api'): void {
    this.commit(this.model?.rejectAll(source));
  }

  save(categories: Record<string, boolean>, source: ConsentSource = 'api'): void {
    if (typeof categories !== 'object' || categories === null) {
      this.warn('save() takes an object such as { statistical: true }; the call was ignored');
      return;
    }
    this.commit(this.model?.record(categories, source));
  }

  showBanner(): void {
    this.open = true;
  }

  showPreferences(): void {
    this.opener = deepActiveElement();
    this._draft = { ...this.state.categories };
    this._preferencesOpen = true;
  }

  reset(): void {
    this.commit(this.model?.forget('api'));
  }

  /** @internal Takes a choice made in another tab (an encoded cookie value) without storing it again. */
  adopt(encoded: string): void {
    this.commit(this.model?.adopt(encoded, 'sync'));
  }

  private closePreferences(): void {
    this._preferencesOpen = false;
  }

  private readonly onDocumentClick = (event: Event): void => {
    const trigger = event
      .composedPath()
      .find((node): node is Element => node instanceof Element && node.hasAttribute('data-consent-open'));
    if (!trigger) return;
    event.preventDefault();
    this.showPreferences();
  };

  /**
   * The banner does not take focus when it appears (the visitor may be reading or typing), but while
   * it is shown and nothing on the page has focus, the first Tab lands on it, so that it comes first
   * for keyboard users wherever the site placed the element.
   */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.shiftKey || !this.open || this._preferencesOpen) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const first = this.renderRoot.querySelector<HTMLElement>('.banner :is(a, button)');
    if (!first) return;
    event.preventDefault();
    first.focus();
  };

  /** Tab and Shift+Tab cycle inside the open dialog instead of leaving it for the browser's toolbar. */
  private readonly onDialogKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const controls = [...this.renderRoot.querySelectorAll<HTMLElement>('dialog :is(a, button, input:enabled)')];
    const [first, last] = event.shiftKey ? [controls.at(-1), controls[0]] : [controls[0], controls.at(-1)];
    if (this.shadowRoot!.activeElement !== last) return;
    event.preventDefault();
    first?.focus();
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) this.requestUpdate();
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('_preferencesOpen' as keyof CookieConsent)) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this._preferencesOpen && !dialog.open) dialog.showModal();
    if (!this._preferencesOpen && dialog.open) dialog.close();
  }

  /** The dialog closed itself (Escape, or `close()`): forget the draft and give focus back. */
  private onDialogClose = (): void => {
    this._preferencesOpen = false;
    const opener = this.opener as HTMLElement | null;
    this.opener = null;
    if (opener?.isConnected && typeof opener.focus === 'function') opener.focus();
  };

  /** The language of the texts (lower-cased): `lang` attribute, nearest `lang` in the page, the browser's; else `en`. */
  get language(): string {
    return pickLanguage(this, this.siteTexts);
  }

  override render() {
    if (!this.model) return nothing;
    const lang = this.language;
    const t = translator(lang, this.siteTexts);
    // The texts' own direction, unless the site set one on the element.
    const dir = this.dir || direction(lang);
    const policyUrl = safeUrl(this.policyUrl);
    if (this.policyUrl && !policyUrl)
      this.warn(`policy-url "${this.policyUrl}" is not an http(s) or relative URL; no link is shown`);
    return html`
      ${
        this.open
          ? html`<section part="banner" class="banner" role="region" aria-labelledby="cc-title" lang=${lang} dir=${dir}>
              <h2 id="cc-title" part="title">${t('title')}</h2>
              <p part="message">
                ${t('message')}
                ${policyUrl ? html`<a part="policy-link" href=${policyUrl}>${t('policyLink')}</a>` : nothing}
              </p>
              <div class="actions">
                <button part="accept-all" @click=${() => this.acceptAll('banner')}>${t('acceptAll')}</button>
                <button part="reject-all" @click=${() => this.rejectAll('banner')}>${t('rejectAll')}</button>
                <button part="customize" @click=${() => this.showPreferences()}>${t('customize')}</button>
              </div>
            </section>`
          : nothing
      }
      <dialog
        part="preferences"
        aria-labelledby="cc-prefs-title"
        lang=${lang}
        dir=${dir}
        @close=${this.onDialogClose}
        @keydown=${this.onDialogKeydown}
      >
        ${this._preferencesOpen ? this.renderPreferences(t, lang) : nothing}
      </dialog>
    `;
  }

  private renderPreferences(t: Translate, lang: string) {
    const toggle = (name: string, on: boolean) => (this._draft = { ...this._draft, [name]: on });
    return html`<header>
        <h2 id="cc-prefs-title">${t('preferencesTitle')}</h2>
        <button part="close" class="close" aria-label=${t('close')} @click=${this.closePreferences}>×</button>
      </header>
      ${Object.keys(this.content).map((name) => renderCategory(name, this.content[name], this._draft[name] === true, t, lang, toggle))}
      <div class="actions">
        <button part="save" @click=${() => this.save(this._draft, 'preferences')}>${t('save')}</button>
        <button part="accept-all" @click=${() => this.acceptAll('preferences')}>${t('acceptAll')}</button>
        <button part="reject-all" @click=${() => this.rejectAll('preferences')}>${t('rejectAll')}</button>
      </div>`;
  }
}

type Reader = (element: CookieConsent) => unknown;

/** Attribute-backed properties: the attribute is the truth, read lazily, invalid values fall back with a warning. */
function defineSetting(property: string, attribute: string, read: Reader, kind: 'string' | 'boolean' = 'string'): void {
  Object.defineProperty(CookieConsent.prototype, property, {
    configurable: true,
    enumerable: true,
    get(this: CookieConsent) {
      return read(this);
    },
    set(this: CookieConsent, value: unknown) {
      if (kind === 'boolean') this.toggleAttribute(attribute, Boolean(value));
      else if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}

function checked(
  element: CookieConsent,
  attribute: string,
  valid: (value: string) => boolean,
  fallback: string,
): string {
  const value = element.getAttribute(attribute);
  if (value === null || valid(value)) return value ?? fallback;
  element.warn(`${attribute}="${value}" is not valid; using "${fallback}"`);
  return fallback;
}

function wholeNumber(element: CookieConsent, attribute: string, fallback: number, max: number): number {
  const problems: Problems = [];
  const value = parseWholeNumber(
    element.getAttribute(attribute),
    fallback,
    attribute === 'revision' ? 0 : 1,
    max,
    attribute,
    problems,
  );
  problems.forEach((problem) => element.warn(problem));
  return value;
}

defineSetting('categories', 'categories', (el) => parseCategoryList(el.getAttribute('categories'), []).join(' '));
defineSetting('cookieName', 'cookie-name', (el) =>
  // js-cookie reads cookies into a plain object: a name Object.prototype has (`constructor`) never reads back.
  checked(el, 'cookie-name', (v) => COOKIE_NAME.test(v) && !(v in Object.prototype), 'cookies_preferences'),
);
defineSetting('cookieDomain', 'cookie-domain', (el) => el.getAttribute('cookie-domain') || null);
defineSetting('cookiePath', 'cookie-path', (el) => checked(el, 'cookie-path', (v) => /^\/[^;\s]*$/.test(v), '/'));
defineSetting('expiresDays', 'expires-days', (el) => wholeNumber(el, 'expires-days', 182, 400));
defineSetting('revision', 'revision', (el) => wholeNumber(el, 'revision', 0, Number.MAX_SAFE_INTEGER));
defineSetting('policyUrl', 'policy-url', (el) => el.getAttribute('policy-url'));
defineSetting('logEndpoint', 'log-endpoint', (el) => el.getAttribute('log-endpoint'));
for (const [property, values] of Object.entries(ENUMS)) {
  defineSetting(property, property, (el) =>
    checked(el, property, (v) => (values as readonly string[]).includes(v), values[0]),
  );
}
defineSetting('consentMode', 'consent-mode', (el) => el.hasAttribute('consent-mode'), 'boolean');
defineSetting('open', 'open', (el) => el.hasAttribute('open'), 'boolean');
