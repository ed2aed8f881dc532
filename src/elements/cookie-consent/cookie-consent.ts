/**
 * The `<cookie-consent>` element: its lifecycle, the visitor's actions and the banner. The
 * preferences dialog and the integrations needed only at a decision arrive as parts.
 */

import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { claimHost, currentHost, releaseHost, stateChanged, type ConsentHost } from '../../api.js';
import {
  configuredCategories,
  parseConfig,
  parseConfigJson,
  serviceMap,
  type ConsentConfig,
  type CategoryConfig,
  type Problems,
} from '../../consent/config.js';
import { ConsentModel } from '../../consent/consent-model.js';
import {
  flatChoice,
  OPT_IN,
  undecidedState,
  type ConsentChangeDetail,
  type ConsentSource,
  type ConsentState,
  type Regime,
  type RegimeContext,
} from '../../consent/state.js';
import type { StoreOptions } from '../../consent/store.js';
import { en } from '../../i18n/en.js';
import { loadedTexts, matchLanguage, pickLanguage, translator, type SiteTexts, type Speech } from '../../i18n/index.js';
import { direction, format } from '../../i18n/text.js';
import { ConsentModeController, type ConsentModeHost } from '../../integrations/consent-mode.js';
import { isolate, type ConsentController } from '../../integrations/controller.js';
import { GpcController, type GpcHost } from '../../integrations/gpc.js';
import { afterNextPaint, deepActiveElement, whenIdle, whenParsed } from '../../internal/dom.js';
import { focusMainContent } from '../../internal/focus.js';
import { loadLanguage, loadPart } from '../../internal/parts.js';
import { safeUrl } from '../../internal/url.js';
import type { IntegrationsHost } from '../../parts/integrations.js';
import { candidateCountries, regimeFor } from '../../regimes/regions.js';
import { browserTimeZone, regionOfTimeZone } from '../../regimes/time-zone.js';
import type { PreferencesController, PreferencesHost } from '../preferences/preferences.js';
import {
  attributeProblems,
  POSITIONS,
  settingProperties,
  SETTINGS,
  STORE_SETTINGS,
  THEMES,
  UNKNOWN_REGION,
  validateSetting,
  type SettingName,
} from './settings.js';
import { styles } from './cookie-consent.styles.js';

type TextKeyOrEmpty = '' | 'optedOut';

/** How long the banner waits for the time-zone table before it asks under opt-in. */
const REGION_WAIT_MS = 3000;

/** Runs once per page whatever the number of elements, so sites hear `consent-ready` once. */
let readyDispatched = false;

/** The text keys a site may give in `texts`: the English file's. */
const TEXT_KEYS = Object.keys(en);

/** How long the banner waits for its language before it speaks English (and switches when the file comes). */
const LANGUAGE_WAIT_MS = 3000;

/** `expires-days` as a reader says it in `lang`: "6 months", "6 Monate", "30 days". */
function formatDuration(days: number, lang: string): string {
  const months = Math.round(days / 30.4375);
  const [value, unit] = days >= 28 && Math.abs(months * 30.4375 - days) <= 3 ? [months, 'month'] : [days, 'day'];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit}s`;
  }
}

/**
 * A cookie consent banner and preferences dialog. Settings are attributes (each also a property,
 * camelCased), live: a change after start applies at once. Per-site content comes from a child
 * `<script type="application/json">` or the `config` property.
 *
 * @summary Cookie consent banner, preferences dialog and consent API.
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
 * @attr {string} privacy-url - Link to the privacy policy, beside the cookie policy link (`http(s):` or relative).
 * @attr {'bottom'|'top'|'bottom-left'|'bottom-right'|'center'} position - Where the banner sits. Default `bottom`.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme; `auto` follows `prefers-color-scheme`. Default `auto`.
 * @attr {'honor'|'ignore'} gpc - Honor Global Privacy Control as "reject all" when nothing is stored. Default `honor`.
 * @attr {'opt-in'|'opt-out'|'none'|'auto'} regime - The law the banner follows: ask first (`opt-in`), allowed until the visitor objects (`opt-out`, US state laws), no banner (`none`), or chosen by the visitor's region (`auto`). Default `opt-in`.
 * @attr {string} region - The visitor's region for `regime="auto"` (ISO 3166-1 `FR` or 3166-2 `US-CA`), when the site knows it; else the browser's time zone decides.
 * @attr {boolean} consent-mode - Drive Google Consent Mode v2 and push `cookie_consent_update` onto `dataLayer`.
 * @attr {string} log-endpoint - URL that receives a JSON consent receipt on every decision.
 * @attr {string} nonce - CSP nonce given to the scripts that consent activates (read through the native `nonce` property).
 * @attr {boolean} open - Present while the banner is shown; set or remove it to show or hide the banner.
 * @attr {boolean} audit - Once the page has settled, report in the console the cookies and storage keys that exist without consent, and cookies no category declares (also with `?cookie-consent-audit` in the page's URL).
 *
 * @fires {CustomEvent<ConsentState>} consent-ready - Once per page, when the stored choice has been read.
 * @fires {CustomEvent<ConsentChangeDetail>} consent-change - Every time a choice is recorded.
 *
 * @csspart banner - The first layer.
 * @csspart title - The banner's title.
 * @csspart message - The banner's message.
 * @csspart policy-link - The links to the cookie policy and the privacy policy.
 * @csspart accept-all - "Accept all" buttons (banner and dialog).
 * @csspart reject-all - "Reject all" buttons (banner and dialog).
 * @csspart customize - The banner's "Customize" button.
 * @csspart opt-out - The opt-out notice's "Do Not Sell or Share My Personal Information" button.
 * @csspart acknowledge - The opt-out notice's "OK" button.
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
export class CookieConsent
  extends LitElement
  implements ConsentHost, ConsentModeHost, GpcHost, PreferencesHost, IntegrationsHost
{
  static override styles = styles;

  static override properties = {
    ...settingProperties(),
    /** Per-site content for module users and frameworks, merged over the JSON child. */
    config: { attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  declare categories: string;
  declare cookieName: string;
  declare cookieDomain: string | null;
  declare cookiePath: string;
  declare expiresDays: number;
  declare revision: number;
  declare policyUrl: string | null;
  declare privacyUrl: string | null;
  declare position: (typeof POSITIONS)[number];
  declare theme: (typeof THEMES)[number];
  declare gpc: 'honor' | 'ignore';
  declare regime: Regime | 'auto';
  declare region: string | null;
  declare consentMode: boolean;
  declare logEndpoint: string | null;
  declare open: boolean;
  declare audit: boolean;
  /** Per-site content (same shape as the JSON child), merged over it; applies when it changes. */
  declare config: ConsentConfig | undefined;

  #model?: ConsentModel;
  #content: Record<string, CategoryConfig> = {};
  #siteTexts: SiteTexts = {};
  #regimes: Record<string, Regime> = {};
  /** `regime="auto"` with no `region`, in a browser that cannot tell a time zone's country: the table is on its way. */
  #regionPending = false;
  /** The region the time zone gave, once looked up (by zone and candidates). */
  #zoneRegion?: { key: string; region: string };
  /** A status message for the visitor (opted out), in the live region. */
  #status: TextKeyOrEmpty = '';
  #speech?: Speech;
  #warned = new Set<string>();
  /** The core's integrations, in the order they hear every event: Consent Mode first (its default precedes all). */
  #controllers: ConsentController[] = [];
  /** The integrations of the `integrations` part (gating, clean-up, receipts, sync…), when it comes. */
  #late: Promise<ConsentController[]> = Promise.resolve([]);
  #arrived?: ConsentController[];
  /** Decisions asked for while one is being announced: applied after it, in order. */
  #decisions: (() => ConsentChangeDetail | null | undefined)[] = [];
  #deciding = false;
  #preferences?: PreferencesController;
  /** Where the visitor was before focus came into the banner, to return there after a decision. */
  #focusBefore: Element | null = null;
  #childConfig?: MutationObserver;
  /** The page is parsed and this element has told its integrations (its `consent-ready`). */
  #ready = false;
  /** The JSON child was replaced or edited since the configuration was last read. */
  #childChanged = false;
  /** Languages being fetched, and those that failed (or took too long): English meanwhile. */
  #fetching = new Map<string, Set<() => void>>();
  #failed = new Set<string>();
  #announced = false;

  constructor() {
    super();
    for (const [name, setting] of Object.entries(SETTINGS)) (this as Record<string, unknown>)[name] = setting.fallback;
    this.addEventListener('focusin', (event) => {
      const from = event.relatedTarget as Element | null;
      if (!from || !this.contains(from)) this.#focusBefore = from;
    });
  }

  /** The visitor's current choice. */
  get state(): ConsentState {
    return this.#model?.state ?? undecidedState([], 0);
  }

  /** Every category (necessary first) with its merged configuration: what the banner, the policy and `cookie-consent-element check` read. */
  get content(): Readonly<Record<string, CategoryConfig>> {
    return this.#content;
  }

  /** @internal The site's texts per language. */
  get siteTexts(): SiteTexts {
    return this.#siteTexts;
  }

  /** @internal The language, direction and texts the views speak. */
  get speech(): Speech | undefined {
    return this.#speech;
  }

  /** @internal The links the views show, only `http(s):` or relative ones. */
  get links(): { policy: string | null; privacy: string | null } {
    return { policy: safeUrl(this.policyUrl), privacy: safeUrl(this.privacyUrl) };
  }

  /** @internal Reports bad input once per element, clearly, and never throws. */
  warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`cookie-consent: ${message}`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!claimHost(this))
      this.warn('only one <cookie-consent> per page is used; this one takes over if the first is removed');
    // Put back after a removal: start again (the next update reads the choice and the settings).
    this.requestUpdate();
    // A replaced or edited JSON child is new configuration.
    this.#childConfig ??= new MutationObserver(() => {
      this.#childChanged = true;
      this.requestUpdate();
    });
    this.#childConfig.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childConfig?.disconnect();
    releaseHost(this);
    this.#stop();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // What the converters found wrong (they have no element to warn through).
    attributeProblems.splice(0).forEach((problem) => this.warn(problem));
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** Settings, configuration, the stored choice and the language, before every render. */
  override willUpdate(changed: PropertyValues): void {
    if (currentHost() !== this) return this.#stop();
    this.#validate(changed);
    const starting = !this.#model;
    const decisive = () => JSON.stringify([serviceMap(this.#content), this.#regimes]);
    const before = decisive();
    if (starting || changed.has('config') || changed.has('categories') || this.#childChanged) this.#readConfig();
    this.#childChanged = false;
    if (starting) this.#start();
    // New services or regimes in the configuration decide the stored choice as a setting does.
    else if (STORE_SETTINGS.some((name) => changed.has(name)) || decisive() !== before) this.#reconfigure();
    for (const name of ['policyUrl', 'privacyUrl', 'logEndpoint'] as const) {
      const value = this[name];
      if (changed.has(name) && value && !safeUrl(value))
        this.warn(`${SETTINGS[name].attribute} "${value}" is not an http(s) or relative URL; it is not used`);
    }
    this.#chooseLanguage();
    if (changed.has('audit') && this.audit && this.#ready) this.#audit();
  }

  /** The console audit of cookies and storage (part `audit`, fetched only for it). */
  #audit(): void {
    const model = this.#model;
    loadPart('audit').then(
      (part) => {
        if (this.#model === model) part.audit(this);
      },
      (error) => this.warn(`the audit could not be loaded (${error.message})`),
    );
  }

  /** A property set by a script or framework is validated as its attribute would be. */
  #validate(changed: PropertyValues): void {
    for (const name of Object.keys(SETTINGS) as SettingName[]) {
      if (!changed.has(name)) continue;
      const problems: Problems = [];
      const valid = validateSetting(name, this[name], problems);
      problems.forEach((problem) => this.warn(problem));
      if (valid !== this[name]) (this as Record<string, unknown>)[name] = valid;
    }
  }

  /** The JSON child and the `config` property, merged; what is invalid is reported and dropped. */
  #readConfig(): void {
    const problems: Problems = [];
    const json = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const fromJson = json ? parseConfigJson(json, TEXT_KEYS, problems) : {};
    let fromProperty: ConsentConfig = {};
    try {
      fromProperty = parseConfig(this.config, TEXT_KEYS, problems);
    } catch (error) {
      problems.push(`the config property could not be read (${error})`);
    }
    this.#content = configuredCategories(
      this.categories.split(' ').filter(Boolean),
      { categories: { ...fromJson.categories, ...fromProperty.categories } },
      problems,
    );
    const texts: Record<string, Record<string, string>> = { ...fromJson.texts };
    for (const [lang, own] of Object.entries(fromProperty.texts ?? {})) texts[lang] = { ...texts[lang], ...own };
    this.#siteTexts = texts;
    this.#regimes = { ...fromJson.regimes, ...fromProperty.regimes };
    if (problems.length) this.warn(`ignored part of the configuration: ${problems.join('; ')}`);
  }

  #storeOptions(): StoreOptions {
    return {
      name: this.cookieName,
      domain: this.cookieDomain ?? undefined,
      path: this.cookiePath,
      expiresDays: this.expiresDays,
      revision: this.revision,
    };
  }

  #optional(): string[] {
    return Object.keys(this.#content).slice(1);
  }

  /**
   * The regime in force and the region it was chosen by (SPEC "Regimes"). With `regime="auto"` and
   * no `region`, the browser's time zone decides; where the browser cannot tell a zone's country,
   * the table is fetched and, until it comes, the visitor is treated under opt-in (nothing optional
   * accepted) and no banner is shown.
   */
  #context(): RegimeContext {
    const gpc = this.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    const malformed = this.region === UNKNOWN_REGION;
    const given = malformed ? '' : (this.region ?? '');
    this.#regionPending = false;
    if (this.regime !== 'auto') return { regime: this.regime, region: given, gpc };
    if (malformed) return { regime: regimeFor('', this.#regimes).regime, region: '', gpc };
    let region = given;
    if (!region) {
      const zone = browserTimeZone();
      const candidates = candidateCountries(this.#regimes);
      const key = `${zone} ${candidates.join()}`;
      if (this.#zoneRegion?.key === key) region = this.#zoneRegion.region;
      else {
        const found = regionOfTimeZone(zone, candidates, () => this.#timeZoneTable());
        if (typeof found !== 'string') {
          this.#regionPending = true;
          this.#awaitRegion(key, found);
          return { ...OPT_IN, gpc };
        }
        this.#zoneRegion = { key, region: (region = found) };
      }
    }
    return { regime: regimeFor(region, this.#regimes).regime, region, gpc };
  }

  #timeZoneTable() {
    return loadPart('time-zones').then(
      (part) => part.table,
      (error) => {
        this.warn(`the time-zone table could not be loaded (${error.message}); the visitor is asked under opt-in`);
        throw error;
      },
    );
  }

  /** The table's answer (or, after a while, none): the regime it gives applies as a live setting does. */
  #awaitRegion(key: string, found: Promise<string>): void {
    const settle = (region: string) => {
      if (this.#zoneRegion?.key === key) return;
      this.#zoneRegion = { key, region };
      if (this.#model) this.#reconfigure();
      else this.requestUpdate();
    };
    const timer = setTimeout(() => settle(''), REGION_WAIT_MS);
    found.then((region) => {
      clearTimeout(timer);
      settle(region);
    });
  }

  /** Whether the first layer asks: no choice, a regime with a banner, and no Global Privacy Control refusal on its way. */
  #asks(state: ConsentState): boolean {
    return !state.decided && state.regime !== 'none' && !this.#model?.context.gpc;
  }

  /** Reads the stored choice and starts the integrations of the core (those needed before any decision). */
  #start(): void {
    const model = new ConsentModel(
      this.#optional(),
      this.#storeOptions(),
      (message) => this.warn(message),
      serviceMap(this.#content),
      this.#context(),
    );
    this.#model = model;
    const state = model.load();
    if (this.#asks(state) && !this.hasAttribute('open')) this.open = true;
    this.#controllers = [new ConsentModeController(this), new GpcController(this)].map((controller) =>
      this.#attach(controller),
    );
    this.#each('stateRead', state);
    stateChanged();
    this.#late = this.#loadIntegrations(model, state.decided);
    this.#late.then((controllers) => {
      if (this.#model === model) this.#arrived = controllers;
    });
    whenParsed(() => {
      if (this.#model !== model) return;
      this.#each('ready', model.state);
      this.#ready = true;
      if (this.audit || new URLSearchParams(location.search).has('cookie-consent-audit')) this.#audit();
      if (!readyDispatched) {
        readyDispatched = true;
        this.#dispatch('consent-ready', model.state);
      }
    });
  }

  /** A setting that decides the stored choice changed: read it again; the banner shows when it no longer holds. */
  #reconfigure(): void {
    const model = this.#model!;
    const change = model.reconfigure(
      this.#optional(),
      this.#storeOptions(),
      'api',
      serviceMap(this.#content),
      this.#context(),
    );
    if (!this.state.decided) this.open = this.#asks(this.state);
    this.#each('stateRead', this.state);
    stateChanged();
    // The layer follows even when `open` stays as it was (opt-in to opt-out, a region just found).
    this.requestUpdate();
    if (change) this.#commit(change);
  }

  /** This element no longer serves the page (removed, or another one serves it): nothing of it stays behind. */
  #stop(): void {
    if (!this.#model) return;
    this.#model = undefined;
    this.#ready = false;
    for (const controller of this.#controllers) this.removeController(controller);
    this.#controllers = [];
    const late = this.#late;
    this.#late = Promise.resolve([]);
    this.#arrived = undefined;
    late.then((controllers) => controllers.forEach((controller) => this.removeController(controller)));
    this.#preferences?.close();
    this.#preferences = undefined;
  }

  #attach(controller: ConsentController): ConsentController {
    const guarded = isolate(controller, (message) => this.warn(message));
    this.addController(guarded);
    return guarded;
  }

  #each(hook: 'stateRead' | 'ready' | 'changed', argument: ConsentState | ConsentChangeDetail): void {
    const call = (controllers: ConsentController[]) =>
      controllers.forEach((controller) => (controller[hook] as ((value: unknown) => void) | undefined)?.(argument));
    call(this.#controllers);
    // Once the integrations part is here, its controllers hear at once; before, in order when it comes.
    if (this.#arrived) call(this.#arrived);
    else this.#late.then(call);
  }

  /**
   * The `integrations` part: at once for a visitor who has decided (there is no banner to paint
   * first), else once the banner has painted. What happens before it comes reaches it in order,
   * through `#late`; a part that cannot be fetched leaves a banner that still decides and records.
   */
  async #loadIntegrations(model: ConsentModel, now: boolean): Promise<ConsentController[]> {
    if (!now) {
      await this.updateComplete;
      await afterNextPaint();
      if (this.open) whenIdle(() => loadPart('preferences').catch(() => {}));
    }
    try {
      const part = await loadPart('integrations');
      return this.#model === model
        ? part.integrationControllers(this).map((controller) => this.#attach(controller))
        : [];
    } catch (error) {
      this.warn(
        `a part could not be loaded (${(error as Error).message}): scripts that wait for consent, receipts, clean-up and cross-tab sync are off`,
      );
      return [];
    }
  }

  /**
   * The live region says, politely, that the banner is there, wherever the visitor is in the page:
   * it is filled in the frame after the banner shows (a region must exist before it speaks).
   */
  override updated(): void {
    const shown = this.open && this.renderRoot.querySelector('.banner') !== null;
    if (shown === this.#announced) return;
    requestAnimationFrame(() => {
      this.#announced = shown;
      this.requestUpdate();
    });
  }

  #dispatch(type: 'consent-ready' | 'consent-change', detail: ConsentState | ConsentChangeDetail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Applies decisions one after another: one asked for while another is announced waits for it. */
  #decide(decision: () => ConsentChangeDetail | null | undefined): void {
    this.#decisions.push(decision);
    if (this.#deciding) return;
    this.#deciding = true;
    try {
      while (this.#decisions.length) {
        const change = this.#decisions.shift()!();
        if (change) this.#commit(change);
      }
    } finally {
      this.#deciding = false;
    }
  }

  /** A change from the model: the layers follow it, the integrations then the page hear it. */
  #commit(change: ConsentChangeDetail): void {
    const hadFocus = this.matches(':focus-within');
    this.open = this.#asks(change.state);
    this.#status = '';
    this.#preferences?.close();
    this.#each('changed', change);
    stateChanged();
    this.#dispatch('consent-change', change);
    if (hadFocus) this.updateComplete.then(() => this.returnFocus());
  }

  /** Accepts every optional category. */
  acceptAll(source: ConsentSource = 'api'): void {
    this.#decide(() => this.#model?.acceptAll(source));
  }

  /** Refuses every optional category. */
  rejectAll(source: ConsentSource = 'api'): void {
    this.#decide(() => this.#model?.rejectAll(source));
  }

  /**
   * @internal "Do Not Sell or Share My Personal Information" (the notice's button, or a page's
   * `data-consent-opt-out` link): refuses every optional category, and the visitor is told it worked.
   */
  optOut(): void {
    this.rejectAll('banner');
    this.#status = 'optedOut';
    this.requestUpdate();
  }

  /** The notice's "OK": the regime's defaults become the visitor's choice, and the notice does not return. */
  #acknowledge(): void {
    this.#decide(() => {
      const state = this.#model?.state;
      return state && this.#model!.record(flatChoice(state), 'banner');
    });
  }

  /** Turns on exactly the optional categories given as `true`. */
  save(categories: Record<string, boolean>, source: ConsentSource = 'api'): void {
    if (typeof categories !== 'object' || categories === null) {
      this.warn('save() takes an object such as { statistical: true }; the call was ignored');
      return;
    }
    this.#decide(() => this.#model?.record(categories, source));
  }

  /** Shows the banner. */
  showBanner(): void {
    this.open = true;
  }

  /** Opens the preferences dialog (once its part has arrived). */
  showPreferences(): void {
    const opener = deepActiveElement();
    const model = this.#model;
    loadPart('preferences').then(
      (part) => {
        if (!model || this.#model !== model) return;
        this.#preferences ??= part.preferencesController(this);
        this.#preferences.show(opener);
      },
      (error) => this.warn(`the preferences could not be loaded (${error.message}); accept and reject still work`),
    );
  }

  /** Deletes the stored choice, forgets it and shows the banner again. */
  reset(): void {
    this.#decide(() => this.#model?.forget('api'));
  }

  /** @internal Takes a choice made in another tab (an encoded cookie value) without storing it again. */
  adopt(encoded: string): void {
    this.#decide(() => this.#model?.adopt(encoded, 'sync'));
  }

  /** @internal Gives focus back after a decision: where the visitor was before the banner, else the main content. */
  returnFocus(preferred: Element | null = null): void {
    // Only focus that was ours to lose: none once removed, none the visitor has already moved on.
    const active = deepActiveElement();
    if (
      !this.isConnected ||
      (active && active !== document.body && !this.renderRoot.contains(active) && active !== this)
    )
      return;
    for (const target of [preferred, this.#focusBefore]) {
      if (target instanceof HTMLElement && target.isConnected && !this.contains(target)) {
        target.focus();
        if (deepActiveElement() === target) return;
      }
    }
    focusMainContent();
  }

  /** Picks the language; one that is not here yet is fetched, and the banner waits for it (a while). */
  #chooseLanguage(): void {
    // The first render waits; a later one keeps the language it had until the new one is here.
    this.#speech = this.speechFor(this, () => this.requestUpdate()) ?? this.#speech;
  }

  /**
   * @internal What a view inside `element` speaks (its nearest `lang`); undefined while that
   * language is being fetched, then `loaded` is called.
   */
  speechFor(element: Element, loaded: () => void): Speech | undefined {
    const lang = pickLanguage(element, this.#siteTexts);
    const builtIn = matchLanguage(lang);
    const texts = builtIn ? loadedTexts(builtIn) : undefined;
    if (builtIn && !texts && !this.#failed.has(builtIn)) {
      this.#fetch(builtIn, loaded);
      return undefined;
    }
    // Built-in texts missing: English, and said so (`lang="en"` on the texts, WCAG 3.1.2).
    const spoken = builtIn && !texts ? 'en' : lang;
    return {
      lang: spoken,
      dir: (element as HTMLElement).dir || direction(spoken),
      t: translator(spoken, texts, this.#siteTexts),
    };
  }

  #fetch(tag: string, loaded: () => void): void {
    const waiting = this.#fetching.get(tag);
    if (waiting) return void waiting.add(loaded);
    const callbacks = new Set([loaded]);
    this.#fetching.set(tag, callbacks);
    const settle = () => callbacks.forEach((callback) => callback());
    const giveUp = (message: string) => {
      if (this.#failed.has(tag)) return;
      this.warn(`the "${tag}" texts ${message}; English is used meanwhile`);
      this.#failed.add(tag);
      settle();
    };
    const timer = setTimeout(() => giveUp(`took over ${LANGUAGE_WAIT_MS / 1000} s to load`), LANGUAGE_WAIT_MS);
    loadLanguage(tag)
      .then(
        () => this.#failed.delete(tag),
        (error) => giveUp(`could not be loaded (${error.message})`),
      )
      .finally(() => {
        clearTimeout(timer);
        this.#fetching.delete(tag);
        settle();
      });
  }

  override render() {
    const speech = this.#speech;
    if (!this.#model || !speech) return nothing;
    const { lang, dir, t } = speech;
    const { policy, privacy } = this.links;
    // Under opt-out the first layer is a notice: the visitor may object, rather than being asked.
    const notice = this.state.regime === 'opt-out';
    const title = t(notice ? 'optOutTitle' : 'title');
    const withdraw = notice ? '' : format(t('withdraw'), { duration: formatDuration(this.expiresDays, lang) });
    const status = this.#status ? t(this.#status) : this.#announced ? title : '';
    return html`${
        this.open && !this.#regionPending
          ? html`<section part="banner" class="banner" role="region" aria-labelledby="cc-title" lang=${lang} dir=${dir}>
              <h2 id="cc-title" part="title">${title}</h2>
              <div class="message" tabindex="-1">
                <p part="message">${t(notice ? 'optOutMessage' : 'message')} ${withdraw}</p>
                ${
                  policy || privacy
                    ? html`<p class="links">
                        ${policy ? html`<a part="policy-link" href=${policy}>${t('policyLink')}</a>` : nothing}
                        ${privacy ? html`<a part="policy-link privacy-link" href=${privacy}>${t('privacyLink')}</a>` : nothing}
                      </p>`
                    : nothing
                }
              </div>
              <div class="actions">
                ${
                  notice
                    ? html`<button part="opt-out" @click=${() => this.optOut()}>${t('optOut')}</button>
                        <button part="customize" @click=${() => this.showPreferences()}>${t('customize')}</button>
                        <button part="acknowledge" @click=${() => this.#acknowledge()}>${t('acknowledge')}</button>`
                    : html`<button part="accept-all" @click=${() => this.acceptAll('banner')}>${t('acceptAll')}</button>
                        <button part="reject-all" @click=${() => this.rejectAll('banner')}>${t('rejectAll')}</button>
                        <button part="customize" @click=${() => this.showPreferences()}>${t('customize')}</button>`
                }
              </div>
            </section>`
          : nothing
      }
      <p class="announce" role="status" lang=${lang}>${status}</p>
      ${this.#preferences?.render() ?? nothing}`;
  }
}
