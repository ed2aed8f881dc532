/** The `<cookie-policy>` element: the whole cookie policy inline on a page, a view of the page's `<cookie-consent>`. */

import { adoptStyles, LitElement, nothing } from 'lit';
import { currentHost, hostWatchers } from '../../api.js';
import { flatChoice } from '../../consent/state.js';
import { loadPart, partIfLoaded } from '../../internal/parts.js';
import type { CookieConsent } from '../cookie-consent/cookie-consent.js';

/**
 * The cookie policy, generated from the configuration of the page's `<cookie-consent>`: what a
 * cookie is, every category with its description and cookie table, and the visitor's current choice
 * as switches with a save button. It holds no settings of its own: it shows the `<cookie-consent>`
 * on the same page (which must be there), records decisions through it (source `preferences`), and
 * follows every change made elsewhere (banner, dialog, API, another tab). Its view arrives with the
 * `preferences` part.
 *
 * @summary The cookie policy inline on a page, with the visitor's switches.
 * @tagname cookie-policy
 *
 * @attr {string} lang - Language of the texts. Default: that of the page's `<cookie-consent>`.
 * @attr {'auto'|'light'|'dark'} theme - Colours of the switches and button; `auto` follows `prefers-color-scheme`. Default `auto`.
 *
 * @csspart category - One category.
 * @csspart switch - A category's on/off switch.
 * @csspart cookie-table - A category's table of cookies.
 * @csspart save - The "Save my choices" button.
 * @csspart status - The message that the choice was saved.
 *
 * @cssprop --cc-font - Font family. Default: inherited from the page.
 * @cssprop --cc-font-size - Base font size. Default `1rem`.
 * @cssprop --cc-border - Border, separator and "off" switch colour.
 * @cssprop --cc-button-bg - Background of the save button.
 * @cssprop --cc-button-fg - Text colour of the save button.
 * @cssprop --cc-switch-on - Colour of a switch that is on.
 * @cssprop --cc-focus - Focus ring colour.
 * @cssprop --cc-radius - Corner radius. Default `0.5rem`.
 * @cssprop --cc-gap - Base spacing. Default `1rem`.
 */
export class CookiePolicy extends LitElement {
  static override properties = {
    _draft: { state: true },
    _saved: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The visitor's switches before saving; null while they show the stored choice. */
  declare private _draft: Record<string, boolean> | null;
  declare private _saved: boolean;

  constructor() {
    super();
    this._draft = null;
    this._saved = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    hostWatchers.add(this.#refresh);
    document.addEventListener('consent-change', this.#onChange);
    loadPart('preferences').then(
      (part) => {
        adoptStyles(this.renderRoot as ShadowRoot, part.policyStyles);
        this.requestUpdate();
      },
      (error) => console.warn(`cookie-consent: <cookie-policy> could not be loaded (${error.message})`),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    hostWatchers.delete(this.#refresh);
    document.removeEventListener('consent-change', this.#onChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  readonly #refresh = (): void => this.requestUpdate();

  /** A choice was recorded (here or anywhere else): show it. */
  readonly #onChange = (): void => {
    this._draft = null;
    this._saved = false;
    this.requestUpdate();
  };

  override render() {
    // Only <cookie-consent> serves the page, so the host is one.
    const host = currentHost() as CookieConsent | null;
    const part = partIfLoaded('preferences');
    const speech = host?.speechFor(this, this.#refresh);
    if (!host || !part || !speech) return nothing;
    const choice = () => this._draft ?? flatChoice(host.state);
    return part.renderPolicy({
      speech,
      content: host.content,
      links: host.links,
      choice: choice(),
      saved: this._saved,
      toggle: (values) => (this._draft = values),
      save: () => {
        host.save({ ...choice() }, 'preferences');
        this._saved = true;
      },
    });
  }
}
