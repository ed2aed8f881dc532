/** @jsxImportSource preact */
// Preact: the element in JSX.
import 'cookie-consent-element/preact';

export const Banner = () => (
  <cookie-consent position="center" config={{}} onconsent-change={(event) => console.log(event.detail.changed)} />
);
