'use client';
// The wrapper sets its props as properties and attaches onConsentReady / onConsentChange after
// hydration; onConsentReady is called even when the page's consent-ready came first.
import { useEffect, useState } from 'react';
import { CookieConsent, type ConsentConfig } from 'cookie-consent-element/react';

const config: ConsentConfig = {
  categories: {
    statistical: {
      label: { en: 'Statistics' },
      description: { en: 'Anonymous audience measurement.' },
      cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: { en: 'Visitor id' }, duration: '13 months' }],
    },
  },
};

export function Consent() {
  const [ready, setReady] = useState('');
  const [accepted, setAccepted] = useState('');
  const [statistics, setStatistics] = useState('waiting');

  useEffect(() => {
    let mounted = true;
    // window.cookieConsent exists once the element is defined (in the browser only).
    customElements
      .whenDefined('cookie-consent')
      .then(() => window.cookieConsent!.whenAccepted('statistical'))
      .then(() => mounted && setStatistics('accepted'));
    return () => {
      mounted = false;
    };
  }, []);

  return (
    <>
      <p>
        Ready: <output id="ready">{ready}</output>
      </p>
      <p>
        Accepted: <output id="accepted">{accepted}</output>
      </p>
      <p>
        Statistics: <output id="statistics">{statistics}</output>
      </p>
      <CookieConsent
        policyUrl="/cookies"
        config={config}
        onConsentReady={(event) => setReady(event.detail.decided ? 'decided' : 'undecided')}
        onConsentChange={(event) => setAccepted(event.detail.state.accepted.join(' '))}
      />
    </>
  );
}
