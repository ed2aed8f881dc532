/** What `<cookie-policy>` shows (part `preferences`): what a cookie is, each category with its cookies, and the visitor's switches. */

import { html } from 'lit';
import type { CategoryConfig } from '../../consent/config.js';
import type { Speech } from '../../i18n/index.js';
import { serviceMap } from '../../consent/config.js';
import { toggleChoice } from '../../consent/state.js';
import { renderCategory } from '../preferences/category.js';
import { renderLinks } from '../preferences/preferences.js';

export interface PolicyView {
  readonly speech: Speech;
  readonly content: Readonly<Record<string, CategoryConfig>>;
  readonly links: { policy: string | null; privacy: string | null };
  /** The switches as shown: the visitor's draft, else the stored choice. */
  readonly choice: Readonly<Record<string, boolean>>;
  readonly saved: boolean;
  /** The visitor turned a switch: the switches as they now are. */
  toggle(choice: Record<string, boolean>): void;
  save(): void;
}

export function renderPolicy({ speech, content, links, choice, saved, toggle, save }: PolicyView) {
  const { lang, dir, t } = speech;
  const flip = (name: string, on: boolean) => toggle(toggleChoice(serviceMap(content), choice, name, on));
  return html`<div lang=${lang} dir=${dir}>
    <h2>${t('whatIsCookie')}</h2>
    <p>${t('cookieDefinition')}</p>
    ${renderLinks({ policy: null, privacy: links.privacy }, speech)}
    <h2>${t('preferencesTitle')}</h2>
    ${Object.keys(content).map((name) => renderCategory(name, content[name], choice, speech, flip, true))}
    <div class="actions"><button part="save" @click=${save}>${t('save')}</button></div>
    <p part="status" role="status">${saved ? t('saved') : ''}</p>
  </div>`;
}
