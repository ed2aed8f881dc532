// Stand-in for Plausible's script.js: reads its data-domain from its own script element, as the real one does.
const script = document.currentScript;
window.standIns = { ...window.standIns, plausible: { domain: script.dataset.domain, defer: script.defer } };
