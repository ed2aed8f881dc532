// Loaded first by leaks.html, before anything else: counts what the page's scripts keep running.
// `window.leftovers()` gives, by kind, how many are active right now: event listeners on `document`,
// `window` and BroadcastChannel instances (by type), MutationObservers and ResizeObservers that
// observe something, and BroadcastChannels that are open. Kinds at zero are left out.
(() => {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const NativeChannel = window.BroadcastChannel;
  const listeners = new Set();

  const kindOf = (target) =>
    target === window ? 'window' : target === document ? 'document' : target instanceof NativeChannel ? 'channel' : null;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const findListener = (target, type, listener, capture) =>
    [...listeners].find(
      (entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
    );

  EventTarget.prototype.addEventListener = function (type, listener, options) {
    add.call(this, type, listener, options);
    const kind = kindOf(this);
    const capture = captureOf(options);
    // The browser ignores a listener that is already there, or one whose signal has aborted.
    if (!kind || !listener || options?.signal?.aborted || findListener(this, type, listener, capture)) return;
    const entry = { target: this, kind, type, listener, capture };
    listeners.add(entry);
    // A `once` listener goes after it has run; one with a signal, once the signal aborts.
    if (options?.once) add.call(this, type, () => listeners.delete(entry), { once: true, capture });
    options?.signal?.addEventListener('abort', () => listeners.delete(entry));
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    remove.call(this, type, listener, options);
    const entry = findListener(this, type, listener, captureOf(options));
    if (entry) listeners.delete(entry);
  };

  const mutationObservers = new Set();
  window.MutationObserver = class extends MutationObserver {
    observe(...args) {
      super.observe(...args);
      mutationObservers.add(this);
    }
    disconnect() {
      super.disconnect();
      mutationObservers.delete(this);
    }
  };

  const resizeObservers = new Map();
  window.ResizeObserver = class extends ResizeObserver {
    observe(target, ...rest) {
      super.observe(target, ...rest);
      resizeObservers.set(this, (resizeObservers.get(this) ?? new Set()).add(target));
    }
    unobserve(target) {
      super.unobserve(target);
      resizeObservers.get(this)?.delete(target);
      if (!resizeObservers.get(this)?.size) resizeObservers.delete(this);
    }
    disconnect() {
      super.disconnect();
      resizeObservers.delete(this);
    }
  };

  const channels = new Set();
  window.BroadcastChannel = class extends NativeChannel {
    constructor(...args) {
      super(...args);
      channels.add(this);
    }
    close() {
      super.close();
      channels.delete(this);
    }
  };

  window.leftovers = () => {
    const counts = {};
    const count = (key) => (counts[key] = (counts[key] ?? 0) + 1);
    for (const { kind, type, capture } of listeners) count(`${kind} ${type}${capture ? ' (capture)' : ''} listeners`);
    mutationObservers.forEach(() => count('MutationObservers observing'));
    resizeObservers.forEach(() => count('ResizeObservers observing'));
    channels.forEach(() => count('BroadcastChannels open'));
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  };
})();
