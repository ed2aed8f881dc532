// React 19: the element in JSX (attributes, `config`, `on` + event name) and the wrapper.
import { useState } from 'react';
import { CookieConsent, type ConsentConfig } from 'cookie-consent-element/react';

const config: ConsentConfig = { categories: { statistical: { label: { en: 'Statistics' } } } };

export function Banner() {
  const [accepted, setAccepted] = useState<string[]>([]);
  return (
    <>
      <cookie-consent
        policy-url="/cookies"
        position="bottom-left"
        theme="dark"
        gpc="ignore"
        regime="auto"
        region="US-CA"
        revision={2}
        expires-days="30"
        consent-mode
        config={config}
        onconsent-change={(event) => setAccepted([...event.detail.state.accepted])}
        onconsent-ready={(event) => setAccepted([...event.detail.accepted])}
      />
      <cookie-policy theme="light" />
      <CookieConsent
        policyUrl="/cookies"
        position="top"
        config={config}
        onConsentChange={(event) => setAccepted([...event.detail.changed])}
        onConsentReady={(event) => console.log(event.detail.decided)}
      />
      <output>{accepted.join(' ')}</output>
    </>
  );
}

export async function statistics(): Promise<boolean> {
  await customElements.whenDefined('cookie-consent');
  await window.cookieConsent!.whenAccepted('statistical');
  return window.cookieConsent?.accepted('statistical') ?? false;
}
