/** Small DOM helpers the element and its views share: when the page is parsed, the deepest focused element, yielding to the browser. */

/**
 * Calls back once the document is parsed: at once when `DOMContentLoaded` has fired, else on it.
 * A deferred script runs just before that event, so the page's own scripts after ours, deferred
 * or not, have all added their listeners by then and none misses `consent-ready`.
 */
export function whenParsed(callback: () => void): void {
  const [navigation] = performance.getEntriesByType?.('navigation') ?? [];
  const parsed =
    document.readyState === 'complete' ||
    (navigation
      ? (navigation as PerformanceNavigationTiming).domContentLoadedEventStart > 0
      : document.readyState === 'interactive');
  if (parsed) callback();
  else document.addEventListener('DOMContentLoaded', callback, { once: true });
}

/** The focused element, looking inside shadow roots (a button in our own banner, for instance). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The first element of an event's path (shadow DOM included) that has `attribute`. */
export function closestInPath(event: Event, attribute: string): HTMLElement | undefined {
  return event
    .composedPath()
    .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute(attribute));
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser paint and handle input before the rest of our work: `scheduler.yield()` where
 * there is one (the continuation keeps its priority), else a new macrotask (a message, not a 4 ms
 * clamped timeout).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Resolves after the next paint: a frame, then a task (work done here no longer delays that paint). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Runs `task` when the browser is idle (or soon, where there is no `requestIdleCallback`). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
