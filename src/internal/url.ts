/** URLs from configuration and markup: only `http(s):` and relative ones are ever used (no `javascript:`, `data:`…). */

/** Returns the URL when it is `http(s):` or relative, else null. */
export function safeUrl(value: string | null | undefined, base = document.baseURI): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
