/**
 * What `<cookie-consent>`'s dialog and `<cookie-policy>` both show: one category with its switch and
 * cookie table, and the CSS both views share (theme variables, buttons, focus, switch, table).
 */

import { css, html, nothing } from 'lit';
import { localize, type CategoryConfig } from '../consent/config.js';
import { NECESSARY } from '../consent/state.js';
import { languages, type TextKey, type Translate } from '../i18n/index.js';

/** A category's label or description: the site's, else the built-in text for a known category, else its name. */
export function categoryText(
  name: string,
  info: CategoryConfig | undefined,
  field: 'label' | 'description',
  t: Translate,
  lang: string,
): string {
  const key = (field === 'label' ? name : `${name}-description`) as TextKey;
  return localize(info?.[field], lang) ?? (Object.hasOwn(languages.en, key) ? t(key) : field === 'label' ? name : '');
}

/**
 * One category: its label (a heading that labels the switch), description (describes the switch), an
 * on/off switch (`necessary` on and disabled) and the table of its cookies, which stacks into one
 * block per cookie, each value after its column's name, when the category is narrow.
 */
export function renderCategory(
  name: string,
  info: CategoryConfig | undefined,
  on: boolean,
  t: Translate,
  lang: string,
  toggle: (name: string, on: boolean) => void,
) {
  const necessary = name === NECESSARY;
  const id = `cc-${name}`;
  const heads = [t('cookieName'), t('provider'), t('purpose'), t('duration')];
  const cookies = info?.cookies ?? [];
  return html`<section part="category" class="category">
    <div class="head">
      <h3><label for=${id}>${categoryText(name, info, 'label', t, lang)}</label></h3>
      ${necessary ? html`<span>${t('alwaysOn')}</span>` : nothing}
      <input
        id=${id}
        part="switch"
        type="checkbox"
        role="switch"
        .checked=${necessary || on}
        ?disabled=${necessary}
        aria-describedby=${`${id}-d`}
        @change=${(event: Event) => toggle(name, (event.target as HTMLInputElement).checked)}
      />
    </div>
    <p id=${`${id}-d`}>${categoryText(name, info, 'description', t, lang)}</p>
    ${
      cookies.length
        ? html`<table part="cookie-table">
            <thead>
              <tr>
                ${heads.map((head) => html`<th scope="col">${head}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${cookies.map(
                (cookie) =>
                  html`<tr>
                    ${[cookie.name, cookie.provider, cookie.purpose, cookie.duration].map(
                      (value, column) => html`<td data-label=${heads[column]}>${localize(value, lang)}</td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing
    }
  </section>`;
}

/* The --cc-* custom properties are documented on the element classes. */
export const sharedStyles = css`
  :host {
    --_bg: var(--cc-bg, #fff);
    --_fg: var(--cc-fg, #1b1b1f);
    --_border: var(--cc-border, #8a8a96);
    --_link: var(--cc-link, #0b57d0);
    --_button-bg: var(--cc-button-bg, #1b1b1f);
    --_button-fg: var(--cc-button-fg, #fff);
    --_switch-on: var(--cc-switch-on, #0b57d0);
    --_focus: var(--cc-focus, #0b57d0);
    --_gap: var(--cc-gap, 1rem);
    --_radius: var(--cc-radius, 0.5rem);
    font-family: var(--cc-font, inherit);
    font-size: var(--cc-font-size, 1rem);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    --_bg: var(--cc-bg, #1f1f23);
    --_fg: var(--cc-fg, #f1f1f4);
    --_border: var(--cc-border, #8e8e9a);
    --_link: var(--cc-link, #a8c7fa);
    --_button-bg: var(--cc-button-bg, #f1f1f4);
    --_button-fg: var(--cc-button-fg, #1b1b1f);
    --_switch-on: var(--cc-switch-on, #a8c7fa);
    --_focus: var(--cc-focus, #a8c7fa);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--cc-bg, #1f1f23);
      --_fg: var(--cc-fg, #f1f1f4);
      --_border: var(--cc-border, #8e8e9a);
      --_link: var(--cc-link, #a8c7fa);
      --_button-bg: var(--cc-button-bg, #f1f1f4);
      --_button-fg: var(--cc-button-fg, #1b1b1f);
      --_switch-on: var(--cc-switch-on, #a8c7fa);
      --_focus: var(--cc-focus, #a8c7fa);
    }
  }
  h2,
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    flex: 1;
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_gap);
  }
  a {
    color: var(--_link);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  /* Every button alike, in equal columns: accept all and reject all are equally prominent. */
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10em), 1fr));
    gap: calc(var(--_gap) / 2);
  }
  .actions button {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    color: var(--_button-fg);
    background: var(--_button-bg);
    border: 2px solid var(--_button-bg);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .category {
    container-type: inline-size;
    padding-block: calc(var(--_gap) * 0.75);
    border-top: 1px solid var(--_border);
  }
  .head {
    display: flex;
    align-items: center;
    gap: calc(var(--_gap) / 2);
  }
  .category p {
    margin: 0.25em 0 0.5em;
  }
  [role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    background: transparent;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    cursor: pointer;
  }
  [role='switch']::before {
    content: '';
    position: absolute;
    inset-block: 0.125rem;
    inset-inline-start: 0.125rem;
    width: 1rem;
    background: var(--_border);
    border-radius: 50%;
  }
  [role='switch']:checked {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }
  [role='switch']:checked::before {
    inset-inline-start: 1.375rem;
    background: var(--_bg);
  }
  [role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    padding-inline-start: 0;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: break-word;
    /* A cookie's name or an English purpose in an Arabic table keeps its own direction. */
    unicode-bidi: plaintext;
  }
  /* Narrow (a phone, 200% zoom): one block per cookie, each value after its column's name, no scrolling. */
  @container (max-width: 32em) {
    table,
    thead,
    tbody,
    tr {
      display: block;
    }
    /* Hidden from view, not from screen readers: the cells keep their column headers. */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      border-bottom: 1px solid var(--_border);
    }
    td {
      display: grid;
      grid-template-columns: 6.5em 1fr;
      gap: 0.5em;
      border: 0;
    }
    td::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    [role='switch'] {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    [role='switch']::before {
      background: CanvasText;
    }
    [role='switch']:checked {
      background: Highlight;
      border-color: Highlight;
    }
    [role='switch']:checked::before {
      background: HighlightText;
    }
  }
`;
