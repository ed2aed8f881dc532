/** Part `preferences` (`dist/parts/preferences.js`): the preferences dialog and `<cookie-policy>`'s view, fetched when first needed. */

import { policyStyles } from '../elements/cookie-policy/cookie-policy.styles.js';
import { renderPolicy } from '../elements/cookie-policy/policy-view.js';
import { PreferencesController, type PreferencesHost } from '../elements/preferences/preferences.js';
import type { LitElement } from 'lit';

export { policyStyles, renderPolicy };

export function preferencesController(host: PreferencesHost & LitElement): PreferencesController {
  return new PreferencesController(host);
}
