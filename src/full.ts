/**
 * The self-contained classic script (`dist/cookie-consent.full.js`): every part built in, nothing
 * fetched. Languages other than English come from `i18n/<tag>.js` tags the site adds, or from `texts`.
 */

import { defineElements } from './define.js';
import { setPartSource } from './internal/parts.js';
import { siteLanguageFiles } from './internal/script-source.js';
import './parts/audit.entry.js';
import './parts/integrations.entry.js';
import './parts/preferences.entry.js';

setPartSource(siteLanguageFiles());
defineElements();
