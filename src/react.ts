'use client';
/**
 * `cookie-consent-element/react`: `<CookieConsent>`, the element as a React component (made with
 * @lit/react's `createComponent`): settings and `config` are props set as properties, the events
 * are `onConsentReady` and `onConsentChange`. Importing it defines the elements in the browser and
 * nothing during server-side rendering; it is a client module (`'use client'`) for Next.js.
 */

// First: it must listen before the module below defines the element and the page's element reads its cookie.
import { consentWasReady } from './react-ready.js';
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CookieConsent as CookieConsentElement } from './index.js';
import type { ConsentChangeDetail, ConsentState } from './index.js';

export * from './index.js';
export { CookieConsentElement };

const Base = createComponent({
  react: React,
  tagName: 'cookie-consent',
  elementClass: CookieConsentElement,
  events: {
    onConsentReady: 'consent-ready' as EventName<CustomEvent<ConsentState>>,
    onConsentChange: 'consent-change' as EventName<CustomEvent<ConsentChangeDetail>>,
  },
  displayName: 'CookieConsentBase',
});

type BaseProps = React.ComponentProps<typeof Base>;

/**
 * `<cookie-consent>` for React. `consent-ready` is dispatched once per page, as soon as the stored
 * choice is read, which is often before React hydrates and attaches `onConsentReady`: then the
 * component calls it once it is attached, with the element's current state.
 */
export const CookieConsent = React.forwardRef<CookieConsentElement, BaseProps>(function CookieConsent(props, ref) {
  const element = React.useRef<CookieConsentElement | null>(null);
  const heard = React.useRef(false);
  const { onConsentReady } = props;
  const setRef = React.useCallback(
    (node: CookieConsentElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  React.useEffect(() => {
    const node = element.current;
    if (!onConsentReady || heard.current || !consentWasReady || !node) return;
    heard.current = true;
    onConsentReady(new CustomEvent('consent-ready', { detail: node.state }));
  }, [onConsentReady]);
  const ready = onConsentReady
    ? (event: CustomEvent<ConsentState>) => {
        heard.current = true;
        onConsentReady(event);
      }
    : undefined;
  return React.createElement(Base, { ...props, onConsentReady: ready, ref: setRef });
});
