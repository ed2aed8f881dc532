// Loaded first by every integration test page (an external file, so it runs under a strict CSP too):
// records what the site would see, and sets up the browser a test asks for in the query string.
window.log = [];
window.seen = { events: [], ready: [], changes: [], warnings: [], errors: [], violations: [], banners: 0 };
document.addEventListener('consent-ready', (event) => {
  window.seen.events.push('consent-ready');
  window.seen.ready.push(event.detail);
});
document.addEventListener('consent-change', (event) => {
  window.seen.events.push(`consent-change ${event.detail.source}`);
  window.seen.changes.push(event.detail);
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.seen.violations.push(
    `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});
window.addEventListener('error', (event) => window.seen.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.seen.errors.push(String(event.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.seen.warnings.push(args.join(' '));
  warn.apply(console, args);
};

// Counts every time a banner is put in a shadow root, even one taken out again at once.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node.matches('[part~="banner"]') || node.querySelector('[part~="banner"]')))
          window.seen.banners++;
      }
    }
  }).observe(root, { childList: true, subtree: true });
  return root;
};

const options = new URLSearchParams(location.search);
if (options.has('gpc'))
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
if (options.has('no-channel')) delete window.BroadcastChannel;
if (options.has('no-beacon')) delete Navigator.prototype.sendBeacon;
