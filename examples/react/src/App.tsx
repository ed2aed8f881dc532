// React 19 sets properties on custom elements (`config`) and binds `on` + the event's exact name.
import { useEffect, useState } from 'react';
import type { ConsentConfig } from 'cookie-consent-element';
import 'cookie-consent-element/react'; // defines <cookie-consent> and types it in JSX

const config: ConsentConfig = {
  categories: {
    statistical: {
      label: { en: 'Statistics' },
      description: { en: 'Anonymous audience measurement.' },
      cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: { en: 'Visitor id' }, duration: '13 months' }],
    },
  },
};

export function App() {
  const [accepted, setAccepted] = useState('');
  const [statistics, setStatistics] = useState('waiting');

  useEffect(() => {
    let mounted = true;
    // window.cookieConsent exists once the element is defined.
    customElements
      .whenDefined('cookie-consent')
      .then(() => window.cookieConsent!.whenAccepted('statistical'))
      .then(() => mounted && setStatistics('accepted'));
    return () => {
      mounted = false;
    };
  }, []);

  return (
    <main>
      <h1>React</h1>
      <p>
        Accepted: <output id="accepted">{accepted}</output>
      </p>
      <p>
        Statistics: <output id="statistics">{statistics}</output>
      </p>
      <cookie-consent
        policy-url="/cookies"
        config={config}
        onconsent-change={(event) => setAccepted(event.detail.state.accepted.join(' '))}
      />
    </main>
  );
}
