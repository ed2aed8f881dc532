// Test-only routes for the integration tests (wtr middleware, Koa style): a consent-receipt inbox,
// a CSP header given in the query (?csp=…), and a slow response (?delay=ms) to prove script order.
const inboxes = new Map();

export async function integrationRoutes(ctx, next) {
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
