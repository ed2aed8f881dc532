/**
 * One category as the dialog and `<cookie-policy>` show it: its label (a heading that labels the
 * switch), its description (which describes the switch), an on/off switch (`necessary` on and
 * disabled) and its cookies, behind a disclosure that says how many there are.
 */

import { html, nothing } from 'lit';
import type { CategoryConfig, CookieInfo } from '../../consent/config.js';
import { NECESSARY } from '../../consent/state.js';
import type { Speech, TextKey } from '../../i18n/index.js';
import { format, localizeWithLanguage, type Localized } from '../../i18n/text.js';

/** A site's text in the view's language, or marked with its own (WCAG 3.1.2 Language of Parts). */
export function siteText(value: Localized | undefined, { lang }: Speech) {
  const found = localizeWithLanguage(value, lang);
  if (!found) return undefined;
  const [text, language] = found;
  return language === lang ? text : html`<span lang=${language}>${text}</span>`;
}

/** The categories whose label and description are built-in texts. */
const KNOWN = ['necessary', 'statistical', 'first-party', 'third-party'];

/** A category's label or description: the site's, else the built-in text for a known category, else its name. */
export function categoryText(
  name: string,
  info: CategoryConfig | undefined,
  field: 'label' | 'description',
  speech: Speech,
) {
  const key = (field === 'label' ? name : `${name}-description`) as TextKey;
  return siteText(info?.[field], speech) ?? (KNOWN.includes(name) ? speech.t(key) : field === 'label' ? name : '');
}

/**
 * The table of a category's cookies, which stacks into one block per cookie (each value after its
 * column's name) when the category is narrow; its caption names it for screen readers.
 */
function cookieTable(name: string, info: CategoryConfig | undefined, cookies: readonly CookieInfo[], speech: Speech) {
  const { t } = speech;
  const heads = [t('cookieName'), t('provider'), t('function'), t('purpose'), t('duration')];
  // The label keeps its own language (a site's English label in a German caption says so).
  const [before, after = ''] = t('cookieTable').split('{category}');
  return html`<table part="cookie-table">
    <caption>
      ${before}${categoryText(name, info, 'label', speech)}${after}
    </caption>
    <thead>
      <tr>
        ${heads.map((head) => html`<th scope="col">${head}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${cookies.map(
        (cookie) =>
          html`<tr>
            ${[cookie.name, cookie.provider, cookie.function, cookie.purpose, cookie.duration].map(
              (value, column) => html`<td data-label=${heads[column]}>${siteText(value, speech) ?? ''}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderCategory(
  name: string,
  info: CategoryConfig | undefined,
  on: boolean,
  speech: Speech,
  toggle: (name: string, on: boolean) => void,
  /** The cookie tables shown open (the policy page), rather than behind a closed disclosure (the dialog). */
  open = false,
) {
  const necessary = name === NECESSARY;
  const id = `cc-${name}`;
  const cookies = info?.cookies ?? [];
  return html`<section part="category" class="category">
    <div class="head">
      <h3><label for=${id}>${categoryText(name, info, 'label', speech)}</label></h3>
      ${necessary ? html`<span>${speech.t('alwaysOn')}</span>` : nothing}
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
    <p id=${`${id}-d`}>${categoryText(name, info, 'description', speech)}</p>
    ${
      cookies.length
        ? html`<details ?open=${open}>
            <summary>${format(speech.t('cookieCount'), { count: cookies.length })}</summary>
            ${cookieTable(name, info, cookies, speech)}
          </details>`
        : nothing
    }
  </section>`;
}
