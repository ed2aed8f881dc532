/**
 * English texts: the reference language, built into the core. Every other language file is typed
 * by this one, so a missing key does not compile. `{name}` marks a placeholder the element fills in.
 */

export const en = {
  /** The banner's title. */
  title: 'We use cookies',
  /** The banner's message: what cookies are used for. */
  message:
    'Some are necessary for this site to work. With your consent, we also use them to measure its audience and show content from other services.',
  /** Follows the message on the first layer. {duration}: how long the choice is kept, e.g. "6 months". */
  withdraw: 'You can change or withdraw your consent at any time; your choice is kept for {duration}.',
  /** Link to the cookie policy. */
  policyLink: 'Cookie policy',
  /** Link to the privacy policy. */
  privacyLink: 'Privacy policy',
  /** Button: accept every optional category. Short: one line at 320 px. */
  acceptAll: 'Accept all',
  /** Button: refuse every optional category. Short: one line at 320 px. */
  rejectAll: 'Reject all',
  /** Button: open the preferences dialog. Short: one line at 320 px. */
  customize: 'Customize',
  /** The preferences dialog's title. */
  preferencesTitle: 'Cookie preferences',
  /** Button: save the switches as they are. */
  save: 'Save my choices',
  /** Status message once saved. */
  saved: 'Your choices have been saved.',
  /** The dialog's close button (closes without deciding). */
  close: 'Close',
  /** Beside the necessary category's switch, which cannot be turned off. */
  alwaysOn: 'Always on',
  /** Opens a category's cookie table. {count}: a number. */
  cookieCount: 'Cookies: {count}',
  /** Caption of a cookie table, for screen readers. {category}: the category's label. */
  cookieTable: 'Cookies of the category “{category}”',
  /** Caption of a service's cookie table (a service such as YouTube inside a category), for screen readers. {service}: the service's label. */
  serviceCookieTable: 'Cookies of the service “{service}”',
  /** Cookie table column: the cookie's name. */
  cookieName: 'Cookie',
  /** Cookie table column: who sets it. */
  provider: 'Provider',
  /** Cookie table column: what it does and where (the policy's "Function and location"). */
  function: 'Function and location',
  /** Cookie table column: why it is set. */
  purpose: 'Purpose',
  /** Cookie table column: how long it lasts. */
  duration: 'Duration',
  /** Heading on the cookie policy page. */
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
  /** The opt-out notice's title (US state privacy laws: the visitor may object). */
  optOutTitle: 'Your privacy choices',
  /** The opt-out notice's message: what is collected, and that the visitor may opt out at any time. */
  optOutMessage:
    'We use cookies to measure our audience and to show content and ads from other services. You can opt out of the sale or sharing of your personal information at any time.',
  /** Button: the wording US state rules require (California's regulations give it in each language). */
  optOut: 'Do Not Sell or Share My Personal Information',
  /** Button: keep the defaults and close the notice. */
  acknowledge: 'OK',
  /** Status message once the visitor has opted out. */
  optedOut: 'Done: your personal information will not be sold or shared.',
};

/** The shape every language must have. */
export type Texts = typeof en;
export type TextKey = keyof Texts;
