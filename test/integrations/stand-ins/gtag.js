// Stand-in for Google's gtag.js: reads the dataLayer as gtag.js does (commands are `arguments`
// objects; a plain array would be ignored) and sets the _ga cookie.
const isArguments = (entry) => Object.prototype.toString.call(entry) === '[object Arguments]';
window.standIns = {
  ...window.standIns,
  gtag: window.dataLayer.map((entry) =>
    isArguments(entry) ? ['command', ...entry] : Array.isArray(entry) ? ['ignored array'] : entry,
  ),
  gtagId: new URL(document.currentScript.src).searchParams.get('id'),
};
document.cookie = '_ga=GA1.1.123.456; path=/';
