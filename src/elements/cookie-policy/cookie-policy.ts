/** The `<cookie-policy>` element: the whole cookie policy inline on a page, a view of the page's `<cookie-consent>`. */

import { LitElement, html, nothing } from 'lit';
import { currentHost, hostWatchers } from '../../api.js';
import { direction, pickLanguage, translator } from '../../i18n/index.js';
import { renderCategory } from '../category.js';
import type { CookieConsent } from '../cookie-consent/cookie-consent.js';
import { styles } from './cookie-policy.styles.js';

/**
 * The cookie policy, generated from the configuration of the page's `<cookie-consent>`: what a
 * cookie is, every category with its description and cookie table, and the visitor's current choice
 * as switches with a save button. It holds no settings of its own: it shows the `<cookie-consent>`
 * on the same page (which must be there), records decisions through it (source `preferences`), and
 * follows every change made elsewhere (banner, dialog, API, another tab).
 *
 * @tagname cookie-policy
 *
 * @attr {string} lang - Language of the texts. Default: nearest `lang` in the page, else the browser's.
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
  static override styles = styles;

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
    hostWatchers.add(this.refresh);
    document.addEventListener('consent-change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    hostWatchers.delete(this.refresh);
    document.removeEventListener('consent-change', this.onChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  private readonly refresh = (): void => this.requestUpdate();

  /** A choice was recorded (here or anywhere else): show it. */
  private readonly onChange = (): void => {
    this._draft = null;
    this._saved = false;
    this.requestUpdate();
  };

  override render() {
    // Only <cookie-consent> claims the page, so the host is one.
    const host = currentHost() as CookieConsent | null;
    if (!host) return nothing;
    const lang = pickLanguage(this, host.siteTexts);
    const t = translator(lang, host.siteTexts);
    const choice = () => this._draft ?? host.state.categories;
    const toggle = (name: string, on: boolean) => (this._draft = { ...choice(), [name]: on });
    const save = () => {
      host.save({ ...choice() }, 'preferences');
      this._saved = true;
    };
    return html`<div lang=${lang} dir=${this.dir || direction(lang)}>
      <h2>${t('whatIsCookie')}</h2>
      <p>${t('cookieDefinition')}</p>
      <h2>${t('preferencesTitle')}</h2>
      ${Object.keys(host.content).map((name) => renderCategory(name, host.content[name], choice()[name] === true, t, lang, toggle))}
      <div class="actions"><button part="save" @click=${save}>${t('save')}</button></div>
      <p part="status" role="status">${this._saved ? t('saved') : ''}</p>
    </div>`;
  }
}
