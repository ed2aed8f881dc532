import { Component, CUSTOM_ELEMENTS_SCHEMA, signal, type OnInit } from '@angular/core';
import 'cookie-consent-element'; // defines <cookie-consent>
import type { ConsentChangeDetail, ConsentConfig } from 'cookie-consent-element';

@Component({
  selector: 'app-root',
  // <cookie-consent> is a custom element; Angular drops a <script> child from templates, so the
  // configuration goes to the config property.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <p>
        Accepted: <output id="accepted">{{ accepted() }}</output>
      </p>
      <p>
        Statistics: <output id="statistics">{{ statistics() }}</output>
      </p>
      <cookie-consent policy-url="/cookies" [config]="config" (consent-change)="onChange($event)"></cookie-consent>
    </main>
  `,
})
export class App implements OnInit {
  readonly config: ConsentConfig = {
    categories: {
      statistical: {
        label: { en: 'Statistics' },
        description: { en: 'Anonymous audience measurement.' },
        cookies: [{ name: '_pk_id.*', provider: 'Matomo', purpose: { en: 'Visitor id' }, duration: '13 months' }],
      },
    },
  };
  readonly accepted = signal('');
  readonly statistics = signal('waiting');

  async ngOnInit(): Promise<void> {
    // window.cookieConsent exists once the element is defined.
    await customElements.whenDefined('cookie-consent');
    await window.cookieConsent!.whenAccepted('statistical');
    this.statistics.set('accepted');
  }

  onChange(event: Event): void {
    const { detail } = event as CustomEvent<ConsentChangeDetail>;
    this.accepted.set(detail.state.accepted.join(' '));
  }
}
