/** The CSS of a category (switch, disclosure, cookie table), shared by the dialog and `<cookie-policy>`. */

import { css } from 'lit';

export const categoryStyles = css`
  h3,
  h4 {
    flex: 1;
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
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
  .services {
    margin: 0.5em 0 0;
    padding: 0;
    padding-inline-start: calc(var(--_gap) * 0.75);
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }
  .service + .service {
    margin-top: 0.5em;
  }
  summary {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.125em;
    color: var(--_link);
    cursor: pointer;
    text-decoration: underline;
  }
  summary::before {
    content: '▸ ';
    content: '▸ ' / '';
  }
  details[open] > summary::before {
    content: '▾ ';
    content: '▾ ' / '';
  }
  .switch {
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
  .switch::before {
    content: '';
    position: absolute;
    inset-block: 0.125rem;
    inset-inline-start: 0.125rem;
    width: 1rem;
    background: var(--_border);
    border-radius: 50%;
  }
  .switch:checked {
    background: var(--_switch-on);
    border-color: var(--_switch-on);
  }
  .switch:checked::before {
    inset-inline-start: 1.375rem;
    background: var(--_bg);
  }
  /* A category whose services differ: the knob halfway. */
  .switch:indeterminate {
    border-color: var(--_switch-on);
  }
  .switch:indeterminate::before {
    inset-inline-start: 0.75rem;
    background: var(--_switch-on);
  }
  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  table {
    width: 100%;
    margin-top: 0.25em;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  /* A long cookie name (AMCV_0123…%40AdobeOrg) wraps anywhere rather than widen the table; other
     words only when they must. */
  td:first-child {
    overflow-wrap: anywhere;
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
      grid-template-columns: 6.5em minmax(0, 1fr);
      gap: 0.5em;
      border: 0;
      overflow-wrap: anywhere;
    }
    td::before {
      content: attr(data-label);
      content: attr(data-label) / '';
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    .switch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .switch::before {
      background: CanvasText;
    }
    .switch:checked {
      background: Highlight;
      border-color: Highlight;
    }
    .switch:checked::before {
      background: HighlightText;
    }
    .switch:indeterminate::before {
      background: Highlight;
    }
  }
`;
