/**
 * Part `integrations` (`dist/parts/integrations.js`): what the page needs of the element but not
 * before its banner is painted: gating of scripts and embeds, withdrawal clean-up, receipts,
 * cross-tab sync, the page's `data-consent-open` triggers, keeping focus clear of the banner, and
 * the check that no well-known tracker is declared "necessary".
 * Fetched at once for a visitor who has decided (no banner to paint first), else right after the
 * banner's first render. The order here is the order they hear every event, after the core's
 * (Consent Mode, GPC): clean-up before gating, so cookies are gone before a withdrawal reloads.
 */

import {
  FocusNotObscuredController,
  type FocusNotObscuredHost,
} from '../elements/cookie-consent/focus-not-obscured.js';
import { PageTriggersController, type PageTriggersHost } from '../elements/cookie-consent/page-triggers.js';
import { CleanupController, type CleanupHost } from '../integrations/cleanup.js';
import type { ConsentController } from '../integrations/controller.js';
import { GatingController, type GatingHost } from '../integrations/gating.js';
import { NecessaryTrackersController } from '../integrations/necessary-trackers.js';
import { ReceiptsController, type ReceiptsHost } from '../integrations/receipts.js';
import { SyncController, type SyncHost } from '../integrations/sync.js';

export type IntegrationsHost = CleanupHost &
  GatingHost &
  ReceiptsHost &
  SyncHost &
  PageTriggersHost &
  FocusNotObscuredHost;

export function integrationControllers(host: IntegrationsHost): ConsentController[] {
  return [
    new CleanupController(host),
    new GatingController(host),
    new ReceiptsController(host),
    new SyncController(host),
    new PageTriggersController(host),
    new FocusNotObscuredController(host),
    new NecessaryTrackersController(host),
  ];
}
