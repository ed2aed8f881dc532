// A server component: the page is rendered on the server; the banner is a client component.
import { Consent } from './consent';

export default function Page() {
  return (
    <main>
      <h1>Next.js</h1>
      <Consent />
    </main>
  );
}
