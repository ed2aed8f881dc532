// Stand-in for Matomo's matomo.js: reads the _paq queue and sets Matomo's cookies, as the real one does.
window.standIns = { ...window.standIns, matomo: window._paq.map((command) => [...command]) };
document.cookie = '_pk_id.1.abcd=0123456789abcdef.1700000000.; path=/';
document.cookie = '_pk_ses.1.abcd=1; path=/';
