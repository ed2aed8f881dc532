/**
 * The second layer: the preferences dialog (a native modal `<dialog>`), as a controller the element
 * adds once this part has arrived. It holds the visitor's switches until they save, traps Tab inside
 * the dialog, and gives focus back when it closes.
 */

import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CategoryConfig } from '../../consent/config.js';
import { flatChoice, toggleChoice, type ConsentSource, type ConsentState } from '../../consent/state.js';
import { serviceMap } from '../../consent/config.js';
import type { Speech } from '../../i18n/index.js';
import { focusableIn } from '../../internal/focus.js';
import { renderCategory } from './category.js';
import { preferencesStyles } from './preferences.styles.js';

/** What the dialog needs of the element. */
export interface PreferencesHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly content: Readonly<Record<string, CategoryConfig>>;
  readonly state: ConsentState;
  readonly speech: Speech | undefined;
  readonly links: { policy: string | null; privacy: string | null };
  save(selection: Record<string, boolean>, source: ConsentSource): void;
  acceptAll(source: ConsentSource): void;
  rejectAll(source: ConsentSource): void;
  /** Gives focus back after the dialog: to `preferred` if it is still there, else where the visitor was before. */
  returnFocus(preferred?: Element | null): void;
}

/** The links to the policies, shared by the banner's dialog and `<cookie-policy>`. */
export function renderLinks({ policy, privacy }: PreferencesHost['links'], { t }: Speech) {
  return policy || privacy
    ? html`<p class="links">
        ${policy ? html`<a part="policy-link" href=${policy}>${t('policyLink')}</a>` : nothing}
        ${privacy ? html`<a part="policy-link privacy-link" href=${privacy}>${t('privacyLink')}</a>` : nothing}
      </p>`
    : nothing;
}

export class PreferencesController implements ReactiveController {
  readonly #host: PreferencesHost;
  #open = false;
  /** The visitor's switches before saving. */
  #draft: Record<string, boolean> = {};
  #opener: Element | null = null;

  constructor(host: PreferencesHost & LitElement) {
    this.#host = host;
    host.addController(this);
    // This part's CSS joins the element's own in its shadow root.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot)
      adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...preferencesStyles]);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  show(opener: Element | null): void {
    this.#opener = opener;
    this.#draft = flatChoice(this.#host.state);
    this.#open = true;
    this.#host.requestUpdate();
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.#open && !dialog.open) dialog.showModal();
    if (!this.#open && dialog.open) dialog.close();
  }

  hostDisconnected(): void {
    this.#open = false;
  }

  /**
   * The dialog closed (Escape, a decision, close): forget the draft and give focus back. The event
   * comes a task after the dialog closed: if it was opened again meanwhile, it is no longer news.
   */
  readonly #onClose = (event: Event): void => {
    if ((event.target as HTMLDialogElement).open) return;
    this.#open = false;
    const opener = this.#opener;
    this.#opener = null;
    this.#host.requestUpdate();
    this.#host.returnFocus(opener);
  };

  /** Tab and Shift+Tab cycle inside the open dialog instead of leaving it for the browser's toolbar. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const controls = focusableIn(event.currentTarget as HTMLElement);
    const [first, last] = event.shiftKey ? [controls.at(-1), controls[0]] : [controls[0], controls.at(-1)];
    const root = this.#host.renderRoot as ShadowRoot;
    if (root.activeElement !== last) return;
    event.preventDefault();
    first?.focus();
  };

  render() {
    const speech = this.#host.speech;
    if (!speech) return nothing;
    const { lang, dir, t } = speech;
    const { content } = this.#host;
    const toggle = (name: string, on: boolean) => {
      this.#draft = toggleChoice(serviceMap(content), this.#draft, name, on);
      this.#host.requestUpdate();
    };
    return html`<dialog
      part="preferences"
      aria-labelledby="cc-prefs-title"
      lang=${lang}
      dir=${dir}
      @close=${this.#onClose}
      @keydown=${this.#onKeydown}
    >
      ${
        this.#open
          ? html`<div class="top">
                <h2 id="cc-prefs-title">${t('preferencesTitle')}</h2>
                <button part="close" class="close" @click=${() => this.close()}>${t('close')}</button>
              </div>
              <div class="body">
                ${renderLinks(this.#host.links, speech)}
                ${Object.keys(content).map((name) => renderCategory(name, content[name], this.#draft, speech, toggle))}
              </div>
              <div class="actions">
                <button part="save" @click=${() => this.#host.save(this.#draft, 'preferences')}>${t('save')}</button>
                <button part="accept-all" @click=${() => this.#host.acceptAll('preferences')}>${t('acceptAll')}</button>
                <button part="reject-all" @click=${() => this.#host.rejectAll('preferences')}>${t('rejectAll')}</button>
              </div>`
          : nothing
      }
    </dialog>`;
  }
}
