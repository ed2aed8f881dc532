// A stand-in for a Matomo-like tracker. The page injects it only once the visitor accepts
// "statistical" cookies; it sets the cookies the policy lists and says on the page that it runs.
// A script cannot be unloaded: when consent is withdrawn it stops tracking until consent comes back.
(() => {
  if (window.fakeAnalytics) return;

  const SITE = '1';
  const DOMAIN_HASH = '7f3c';
  const loadedAt = new Date().toLocaleTimeString('en-GB');
  let tracking = true;

  function setCookie(name, value, seconds) {
    document.cookie = `${name}=${value}; path=/; max-age=${seconds}; SameSite=Lax`;
  }

  function trackPageView() {
    if (!tracking) return;
    const visitor = crypto.randomUUID().replaceAll('-', '').slice(0, 16);
    setCookie(`_pk_id.${SITE}.${DOMAIN_HASH}`, `${visitor}.${Math.floor(Date.now() / 1000)}`, 60 * 60 * 24 * 395);
    setCookie(`_pk_ses.${SITE}.${DOMAIN_HASH}`, '1', 30 * 60);
    document.dispatchEvent(new Event('fake-analytics'));
  }

  function showStatus() {
    for (const badge of document.querySelectorAll('[data-demo="analytics"]')) {
      badge.dataset.status = tracking ? 'loaded' : 'paused';
      badge.textContent = tracking
        ? `Analytics: loaded at ${loadedAt}, tracking`
        : `Analytics: loaded at ${loadedAt}, paused (consent withdrawn)`;
    }
  }

  document.addEventListener('consent-change', (event) => {
    const accepted = event.detail.state.categories.statistical === true;
    if (accepted === tracking) return;
    tracking = accepted;
    if (tracking) trackPageView();
    showStatus();
  });

  window.fakeAnalytics = { loadedAt };
  trackPageView();
  showStatus();
})();
