/** Safe shapes for untrusted JSON (the configuration, the cookie): plain objects, and keys that never touch a prototype. */

/** Never used as keys: the stored choice refuses them too, so a category so named could never be read back. */
export const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasReservedKey(value: Record<string, unknown>): boolean {
  return Object.keys(value).some((key) => RESERVED.has(key));
}
