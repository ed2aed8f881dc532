/** Reading `document.cookie` as it is (no js-cookie here, so the parts that read cookies do not carry it). */

/**
 * The raw value of the cookie named exactly `name`, or undefined. Not js-cookie's `get()`: it
 * decodes names, so a cookie named `cookies%5Fpreferences` would be taken for `cookies_preferences`.
 * Throws where `document.cookie` does (a sandboxed page).
 */
export function rawCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  return document.cookie
    .split('; ')
    .find((cookie) => cookie.startsWith(prefix))
    ?.slice(prefix.length);
}

/** The names of the cookies this page can see. Throws where `document.cookie` does. */
export function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0].trim())
    .filter(Boolean);
}
