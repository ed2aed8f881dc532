// Wrong on purpose: each line below must be a type error (test/node/types.test.mjs counts them).
import { CookieConsent } from 'cookie-consent-element/react';

export const wrongPosition = <cookie-consent position="nowhere" />;
export const wrongWrapperPosition = <CookieConsent position="nowhere" />;
export const wrongHandler = <cookie-consent onconsent-change={(event) => event.detail.nowhere} />;
export const apiMayBeMissing = () => window.cookieConsent.state;
