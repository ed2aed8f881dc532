/**
 * One category as the dialog and `<cookie-policy>` show it: its label (a heading that labels the
 * switch), its description (which describes the switch), an on/off switch (`necessary` on and
 * disabled), its cookies behind a disclosure that says how many there are, and its services, each
 * the same again with a switch of its own. A category with services has a checkbox that turns them
 * all on or off and is mixed (`aria-checked="mixed"`) when they differ.
 */

import { html, nothing } from 'lit';
import type { CategoryConfig, CookieInfo, ServiceConfig } from '../../consent/config.js';
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
 * The table of a category's (or a service's) cookies, which stacks into one block per cookie (each
 * value after its column's name) when the category is narrow; its caption names it for screen readers.
 */
function cookieTable(label: unknown, cookies: readonly CookieInfo[], speech: Speech, service = false) {
  const { t } = speech;
  const heads = [t('cookieName'), t('provider'), t('function'), t('purpose'), t('duration')];
  // The label keeps its own language (a site's English label in a German caption says so).
  const [before, after = ''] = service
    ? t('serviceCookieTable').split('{service}')
    : t('cookieTable').split('{category}');
  return html`<table part="cookie-table">
    <caption>
      ${before}${label}${after}
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

/** A category's or a service's cookies behind a disclosure that counts them (open on the policy page). */
function cookieList(label: unknown, cookies: readonly CookieInfo[], speech: Speech, open: boolean, service = false) {
  return cookies.length
    ? html`<details ?open=${open}>
        <summary>${format(speech.t('cookieCount'), { count: cookies.length })}</summary>
        ${cookieTable(label, cookies, speech, service)}
      </details>`
    : nothing;
}

function renderService(name: string, info: ServiceConfig, on: boolean, speech: Speech, toggle: Toggle, open: boolean) {
  const id = `cc-${name}`;
  const label = siteText(info.label, speech) ?? name;
  const description = siteText(info.description, speech);
  return html`<li class="service">
    <div class="head">
      <h4><label for=${id}>${label}</label></h4>
      <input
        id=${id}
        part="switch"
        class="switch"
        type="checkbox"
        role="switch"
        .checked=${on}
        aria-describedby=${description ? `${id}-d` : nothing}
        @change=${(event: Event) => toggle(name, (event.target as HTMLInputElement).checked)}
      />
    </div>
    ${description ? html`<p id=${`${id}-d`}>${description}</p>` : nothing}
    ${cookieList(label, info.cookies ?? [], speech, open, true)}
  </li>`;
}

type Toggle = (name: string, on: boolean) => void;

export function renderCategory(
  name: string,
  info: CategoryConfig | undefined,
  /** The switches shown: categories and services by name. */
  values: Readonly<Record<string, boolean>>,
  speech: Speech,
  toggle: Toggle,
  /** The cookie tables shown open (the policy page), rather than behind a closed disclosure (the dialog). */
  open = false,
) {
  const necessary = name === NECESSARY;
  const id = `cc-${name}`;
  const services = Object.entries(info?.services ?? {});
  const on = services.length ? services.every(([service]) => values[service]) : values[name] === true;
  const mixed = !on && services.some(([service]) => values[service]);
  const label = categoryText(name, info, 'label', speech);
  // A switch is on or off; a category over services is a checkbox, which can also be mixed.
  return html`<section part="category" class="category">
    <div class="head">
      <h3><label id=${`${id}-l`} for=${id}>${label}</label></h3>
      ${necessary ? html`<span>${speech.t('alwaysOn')}</span>` : nothing}
      <input
        id=${id}
        part="switch"
        class="switch"
        type="checkbox"
        role=${services.length ? nothing : 'switch'}
        .checked=${necessary || on}
        .indeterminate=${mixed}
        aria-checked=${services.length ? (mixed ? 'mixed' : String(on)) : nothing}
        aria-controls=${services.length ? services.map(([service]) => `cc-${service}`).join(' ') : nothing}
        ?disabled=${necessary}
        aria-describedby=${`${id}-d`}
        @change=${(event: Event) => toggle(name, (event.target as HTMLInputElement).checked)}
      />
    </div>
    <p id=${`${id}-d`}>${categoryText(name, info, 'description', speech)}</p>
    ${cookieList(label, info?.cookies ?? [], speech, open)}
    ${
      services.length
        ? html`<ul class="services" aria-labelledby=${`${id}-l`}>
            ${services.map(([service, config]) => renderService(service, config, values[service] === true, speech, toggle, open))}
          </ul>`
        : nothing
    }
  </section>`;
}
