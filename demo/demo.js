// The demo pages' own helper (not part of the element): shows what the site sees of the visitor's
// choice, from the element's `consent-ready` and `consent-change` events, and switches the banner's language.
//
// Loaded with `defer` before the element's module: deferred and module scripts run in document
// order once the page is parsed, so the `lang` set here is the one the banner's first render uses.
// (The listeners would hear `consent-ready` from anywhere: it comes once the page is parsed.)
(() => {
  const LANGUAGE_COOKIE = 'django_language';
  let lastEvent = 'none yet';

  const find = (name) => document.querySelectorAll(`[data-demo="${name}"]`);
  const setText = (name, text) => find(name).forEach((node) => (node.textContent = text));
  const time = (date) => date.toLocaleTimeString('en-GB');

  function readCookie(name) {
    const pair = document.cookie.split('; ').find((entry) => entry.startsWith(`${name}=`));
    return pair ? decodeURIComponent(pair.slice(name.length + 1)) : null;
  }

  function showCookies() {
    const names = document.cookie
      .split('; ')
      .filter(Boolean)
      .map((entry) => entry.split('=')[0]);
    setText('cookies', names.length ? names.join(', ') : '(none)');
  }

  function showState(state) {
    setText('decided', state.decided ? 'yes' : 'not yet (the banner asks)');
    setText('accepted', state.accepted.join(', '));
    setText('timestamp', state.timestamp ? new Date(state.timestamp).toLocaleString('en-GB') : '—');
    setText('id', state.id ?? '—');
    setText('last-event', lastEvent);
    setText('regime', `${state.regime}${state.region ? ` (region ${state.region})` : ''}`);
    const chips = (values) =>
      Object.entries(values).map(([name, on]) => {
        const item = document.createElement('li');
        item.className = on ? 'on' : 'off';
        item.textContent = `${name}: ${on ? 'on' : 'off'}`;
        return item;
      });
    for (const list of find('categories')) list.replaceChildren(...chips(state.categories));
    // A category with services is on only when all of them are; `services` is {} when none is configured.
    for (const list of find('services')) list.replaceChildren(...chips(state.services ?? {}));
    showCookies();
  }

  document.addEventListener('consent-ready', (event) => {
    lastEvent = `consent-ready at ${time(new Date())}`;
    showState(event.detail);
  });

  document.addEventListener('consent-change', (event) => {
    const { state, changed, source } = event.detail;
    lastEvent = `consent-change at ${time(new Date())} (source: ${source}; changed: ${changed.join(', ') || 'nothing'})`;
    showState(state);
  });

  // fake-analytics.js tells us when it sets its cookies.
  document.addEventListener('fake-analytics', showCookies);
  // So do the embeds' stand-ins (demo/embeds/), once loaded.
  document.addEventListener('demo-cookies', showCookies);

  /** The banner speaks the visitor's chosen language, kept like the portal does in `django_language`. */
  function setLanguage(lang) {
    const banner = document.querySelector('cookie-consent');
    if (banner) banner.lang = lang;
    document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; SameSite=Lax`;
    document.querySelectorAll('[data-demo-lang]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.demoLang === lang));
    });
    showCookies();
  }

  const saved = readCookie(LANGUAGE_COOKIE);
  if (saved === 'en' || saved === 'fr') setLanguage(saved);
  else document.querySelector('[data-demo-lang="en"]')?.setAttribute('aria-pressed', 'true');

  // The region switcher: what a site does once its server or CDN tells it the visitor's country.
  document.querySelector('[data-demo-region]')?.addEventListener('change', (event) => {
    const banner = document.querySelector('cookie-consent');
    if (!banner) return;
    banner.regime = 'auto';
    banner.region = event.target.value || null;
    // The state is evaluated again at once; show it (a change of defaults also fires consent-change).
    requestAnimationFrame(() => window.cookieConsent && showState(window.cookieConsent.state));
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const language = target?.closest('[data-demo-lang]');
    if (language) setLanguage(language.dataset.demoLang);
    if (target?.closest('[data-demo-action="reset"]')) window.cookieConsent?.reset();
  });

  showCookies();
})();
