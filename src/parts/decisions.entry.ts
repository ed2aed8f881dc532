/** The entry of part `decisions` (`dist/parts/decisions.js`): hands the part's module to the script that fetched it. */

import { definePart } from '../internal/parts.js';
import * as part from './decisions.js';

definePart('decisions', part);
