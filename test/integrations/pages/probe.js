// A stand-in for a third-party script: logs its name (?name=…) and what it was given.
(() => {
  const script = document.currentScript;
  const name = new URL(script.src).searchParams.get('name');
  window.log.push(name);
  window.ran ??= {};
  window.ran[name] = {
    async: script.async,
    defer: script.hasAttribute('defer'),
    nonce: script.nonce,
    id: script.id,
    extra: script.dataset.extra,
    type: script.type,
  };
})();
