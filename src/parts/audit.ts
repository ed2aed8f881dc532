/** Part `audit` (`dist/parts/audit.js`): the console audit of cookies and storage, fetched only when asked for. */

export { audit } from '../integrations/audit.js';
