/** The entry of part `integrations` (`dist/parts/integrations.js`): hands the part's module to the script that fetched it. */

import { definePart } from '../internal/parts.js';
import * as part from './integrations.js';

definePart('integrations', part);
