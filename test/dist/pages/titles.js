// Loaded first by the language test pages, before the banner's script: records every title the
// banner ever shows (and in which `lang`), each warning and each error, as the page sees them.
window.seen = { titles: [], warnings: [], errors: [] };
window.addEventListener('error', (event) => window.seen.errors.push(event.message));
const warn = console.warn;
console.warn = (...args) => {
  window.seen.warnings.push(args.join(' '));
  warn.apply(console, args);
};

// Every change in a shadow root is seen before the next paint: a title shown even for one frame is here.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  let last;
  new MutationObserver(() => {
    const banner = root.querySelector('[part~="banner"]');
    const title = banner?.querySelector('[part~="title"]');
    const now = title && `${banner.getAttribute('lang')}: ${title.textContent}`;
    if (now && now !== last) window.seen.titles.push(now);
    last = now;
  }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  return root;
};
