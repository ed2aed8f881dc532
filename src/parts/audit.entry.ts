/** The entry of part `audit` (`dist/parts/audit.js`): hands the part's module to the script that fetched it. */

import { definePart } from '../internal/parts.js';
import * as part from './audit.js';

definePart('audit', part);
