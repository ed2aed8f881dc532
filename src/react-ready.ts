/**
 * Remembers that the page's `consent-ready` happened, for `cookie-consent-element/react`: React
 * attaches a component's listeners after hydration, often after the event (once per page) has
 * fired, so the wrapper replays it. Imported before the module that defines the element.
 */

/** Whether `consent-ready` was dispatched on this page. */
export let consentWasReady = false;

if (typeof document !== 'undefined') {
  document.addEventListener(
    'consent-ready',
    () => {
      consentWasReady = true;
    },
    { once: true, capture: true },
  );
}
