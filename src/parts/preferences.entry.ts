/** The entry of part `preferences` (`dist/parts/preferences.js`): hands the part's module to the script that fetched it. */

import { definePart } from '../internal/parts.js';
import * as part from './preferences.js';

definePart('preferences', part);
