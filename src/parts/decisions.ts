/**
 * Part `decisions` (`dist/parts/decisions.js`): the integrations needed only once a choice is made
 * or read, fetched after the banner's first render: receipts, withdrawal clean-up, cross-tab sync.
 * Their order here is the order they hear every event, after the core's.
 */

import { CleanupController, type CleanupHost } from '../integrations/cleanup.js';
import type { ConsentController } from '../integrations/controller.js';
import { ReceiptsController, type ReceiptsHost } from '../integrations/receipts.js';
import { SyncController, type SyncHost } from '../integrations/sync.js';

export function decisionControllers(host: CleanupHost & ReceiptsHost & SyncHost): ConsentController[] {
  return [new CleanupController(host), new ReceiptsController(host), new SyncController(host)];
}
