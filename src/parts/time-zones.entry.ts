/**
 * The entry of part `time-zones` (`dist/parts/time-zones.js`): hands over the generated time-zone
 * table, fetched only by a browser that cannot tell a time zone's country itself.
 */

import { definePart } from '../internal/parts.js';
import { TIME_ZONES } from '../regimes/time-zones.generated.js';

definePart('time-zones', { table: TIME_ZONES });
