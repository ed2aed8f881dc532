/** Where focus goes when what held it disappears: never to nothing. */

/** Focuses the start of the page's main content (`<main>`, else the first heading, else the body's first element). */
export function focusMainContent(): void {
  const target = document.querySelector<HTMLElement>('main, [role="main"], h1') ?? document.body?.firstElementChild;
  if (!(target instanceof HTMLElement)) return;
  // Focusable for this once (script only), so the next Tab goes on from there.
  if (!target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: false });
}

/** The focusable controls inside a container, in order (for a focus trap). */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:enabled, input:enabled, summary, [tabindex="0"]')];
}
