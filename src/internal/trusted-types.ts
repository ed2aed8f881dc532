/**
 * Trusted Types: script text and URLs we put into the page (gated scripts from the site's own
 * markup, our own parts) go through one `cookie-consent` policy, so a page with
 * `require-trusted-types-for 'script'` works (a site with a `trusted-types` list must allow it).
 */

export interface ScriptPolicy {
  createScript(value: string): string;
  createScriptURL(value: string): string;
}

let policy: ScriptPolicy | undefined;

export function scriptPolicy(): ScriptPolicy {
  if (!policy) {
    const same = (value: string) => value;
    policy = { createScript: same, createScriptURL: same };
    try {
      const types = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
        .trustedTypes;
      policy = types?.createPolicy('cookie-consent', policy) ?? policy;
    } catch {
      // Not allowed by the page's `trusted-types` list: the browser reports the blocked assignments.
    }
  }
  return policy;
}
