/** The theme's colours, written once for light and dark (kept apart from the styles: their minifier skips a file that builds CSS from strings). */

import { unsafeCSS } from 'lit';

/** The theme's colours, light and dark: each is its `--cc-*` custom property's default (documented on the element classes). */
const PALETTE: Record<string, [light: string, dark: string]> = {
  bg: ['#fff', '#1f1f23'],
  fg: ['#1b1b1f', '#f1f1f4'],
  border: ['#8a8a96', '#8e8e9a'],
  link: ['#0b57d0', '#a8c7fa'],
  'button-bg': ['#1b1b1f', '#f1f1f4'],
  'button-fg': ['#fff', '#1b1b1f'],
  'switch-on': ['#0b57d0', '#a8c7fa'],
  focus: ['#0b57d0', '#a8c7fa'],
};

export const palette = (scheme: 0 | 1) =>
  unsafeCSS(
    Object.entries(PALETTE)
      // Each declaration ends with its own `;`: the template minifier drops one written after `${…}`.
      .map(([name, colours]) => `--_${name}:var(--cc-${name},${colours[scheme]});`)
      .join(''),
  );
