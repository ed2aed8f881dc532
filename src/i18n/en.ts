/** English texts: the reference language. Every other language file must have exactly these keys. */

export const en = {
  title: 'We use cookies',
  message:
    'Some cookies are necessary for this site to work. With your consent, we would also like to use cookies to measure its audience and to show content from other services.',
  policyLink: 'Cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie preferences',
  preferencesIntro:
    'Choose which cookies this site may use. You can change your choice at any time from the cookie settings link on every page.',
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  cookieName: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  necessary: 'Necessary',
  'necessary-description':
    'Needed for the site to work: signing in, your language, security, and remembering this choice. They cannot be turned off.',
  statistical: 'Statistics',
  'statistical-description': 'Measure how the site is used, so that we can improve it.',
  'first-party': 'Internal',
  'first-party-description':
    'Stored by this site to remember your preferences and personalize what you see; they may collect personal data.',
  'third-party': 'Third-party',
  'third-party-description':
    'Set by other services (videos, maps, social networks) shown on this site; they may follow your visits across sites.',
};

/** The shape every language must have. */
export type Texts = typeof en;
export type TextKey = keyof Texts;
