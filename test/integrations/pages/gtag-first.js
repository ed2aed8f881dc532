// A page that set up gtag before the banner (Google's snippet), with a spy on the calls.
window.dataLayer = window.dataLayer || [];
window.gtagCalls = [];
window.gtag = function gtag() {
  window.gtagCalls.push([...arguments]);
  window.dataLayer.push(arguments);
};
