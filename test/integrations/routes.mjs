// Test-only routes for the integration tests (wtr middleware, Koa style): a consent-receipt inbox,
// a CSP header given in the query (?csp=…), a slow response (?delay=ms) to prove script order, the
// list of built language files, and a copy of dist/ whose language files are missing (/broken-dist/).
import fs from 'node:fs';

const inboxes = new Map();
const DIST = new URL('../../dist/', import.meta.url);

/** `/broken-dist/`: the built script and its parts as in dist/, but every `i18n/<tag>.js` a 404. */
function brokenDist(ctx) {
  const file = /^\/broken-dist\/(cookie-consent\.js|parts\/[\w-]+\.js)$/.exec(ctx.path)?.[1];
  if (!file || !fs.existsSync(new URL(file, DIST))) {
    ctx.status = 404;
    return;
  }
  ctx.type = 'text/javascript';
  ctx.body = fs.readFileSync(new URL(file, DIST), 'utf8');
}

/**
 * dist/ served from elsewhere: `/cdn/npm/cookie-consent-element@1/dist/…` as a CDN path would,
 * and `/blocked-parts/…`, where every part is a 404 (offline, blocked) but the rest is served.
 */
const MIRRORS = [
  { prefix: '/cdn/npm/cookie-consent-element@1/dist/', refuse: () => false },
  { prefix: '/blocked-parts/', refuse: (file) => file.startsWith('parts/') },
];

function mirror(ctx, { prefix, refuse }) {
  const file = ctx.path.slice(prefix.length);
  if (!/^[\w./-]+\.js$/.test(file) || file.includes('..') || refuse(file) || !fs.existsSync(new URL(file, DIST))) {
    ctx.status = 404;
    return;
  }
  ctx.type = 'text/javascript';
  ctx.body = fs.readFileSync(new URL(file, DIST), 'utf8');
}

export async function integrationRoutes(ctx, next) {
  if (ctx.path.startsWith('/broken-dist/')) return brokenDist(ctx);
  const mirrored = MIRRORS.find(({ prefix }) => ctx.path.startsWith(prefix));
  if (mirrored) {
    mirror(ctx, mirrored);
    if (ctx.query.csp) ctx.set('Content-Security-Policy', ctx.query.csp);
    return;
  }
  if (ctx.path === '/dist-i18n-files') {
    // What a directory listing of dist/i18n/ would show: its language files, by tag.
    ctx.body = fs
      .readdirSync(new URL('i18n/', DIST))
      .filter((name) => name.endsWith('.js'))
      .map((name) => name.slice(0, -'.js'.length));
    return;
  }
  const inbox = /^\/receipts\/(\w+)$/.exec(ctx.path)?.[1];
  if (inbox && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    inboxes.set(inbox, [...(inboxes.get(inbox) ?? []), { type: ctx.get('content-type'), body }]);
    ctx.status = 204;
    return;
  }
  if (inbox) {
    // Reading empties the inbox, so a re-run starts clean.
    ctx.body = inboxes.get(inbox) ?? [];
    inboxes.delete(inbox);
    return;
  }
  if (ctx.query.delay) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay)));
  await next();
  if (ctx.query.csp) ctx.set('Content-Security-Policy', ctx.query.csp);
}
