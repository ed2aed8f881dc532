/** English texts: the reference language. Every other language file is typed by this one, so a missing key does not compile. */

export const en = {
  title: 'We use cookies',
  message:
    'Some are necessary for this site to work. With your consent, we also use them to measure its audience and show content from other services.',
  policyLink: 'Cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie preferences',
  save: 'Save my choices',
  saved: 'Your choices have been saved.',
  close: 'Close',
  alwaysOn: 'Always on',
  cookieName: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  whatIsCookie: 'What is a cookie?',
  cookieDefinition: 'A cookie is a small piece of data that a website stores in your browser.',
  necessary: 'Necessary',
  'necessary-description': 'Needed for the site to work.',
  statistical: 'Statistics',
  'statistical-description': 'Measure the site’s audience.',
  'first-party': 'Internal',
  'first-party-description': 'Remember your preferences.',
  'third-party': 'Third-party',
  'third-party-description': 'Set by embedded services such as videos or maps.',
};

/** The shape every language must have. */
export type Texts = typeof en;
export type TextKey = keyof Texts;
