/**
 * What every integration is: a Lit `ReactiveController` that also hears the consent life cycle.
 * The element calls these hooks, in the order its integrations are listed, each isolated: a hook
 * that throws is one warning naming its integration, and the others carry on.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentChangeDetail, ConsentState } from '../consent/state.js';

export interface ConsentController extends ReactiveController {
  /** Named in warnings. */
  readonly name: string;
  /** The stored choice has been read: at start, before the first render, and again after a setting that decides it changes. */
  stateRead?(state: ConsentState): void;
  /** The page is parsed: this element's moment of `consent-ready` (which the page hears once). */
  ready?(state: ConsentState): void;
  /** A choice was recorded (or taken from another tab), before the page hears `consent-change`. */
  changed?(change: ConsentChangeDetail): void;
}

/** An integration on its own narrow host interface `H` (never the element class itself). */
export abstract class HostController<H extends ReactiveControllerHost> implements ConsentController {
  abstract readonly name: string;
  constructor(protected readonly host: H) {}
}

const HOOKS = [
  'hostConnected',
  'hostDisconnected',
  'hostUpdate',
  'hostUpdated',
  'stateRead',
  'ready',
  'changed',
] as const;

/** The same controller, each hook guarded: a throw becomes one warning, never the page's error. */
export function isolate(controller: ConsentController, warn: (message: string) => void): ConsentController {
  const guarded: ConsentController = { name: controller.name };
  for (const hook of HOOKS) {
    const call = controller[hook] as ((argument?: unknown) => void) | undefined;
    if (!call) continue;
    (guarded as unknown as Record<string, (argument?: unknown) => void>)[hook] = (argument) => {
      try {
        call.call(controller, argument);
      } catch (error) {
        warn(`the ${controller.name} integration failed (${error}); the rest of the banner carries on`);
      }
    };
  }
  return guarded;
}

/** The categories (and services) a space-separated value (`data-consent="statistical third-party"`) lists. */
export const nameList = (value: string | null | undefined): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/** Whether `state` accepts every name `value` lists; an empty list is never accepted. */
export function allows(state: ConsentState, value: string | null | undefined): boolean {
  const names = nameList(value);
  return names.length > 0 && names.every((name) => state.accepted.includes(name));
}
