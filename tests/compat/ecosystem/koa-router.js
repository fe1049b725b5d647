'use strict';
// Koa 2 with @koa/router unchanged: async middleware order, ctx.body as string,
// object, Buffer and stream, ctx.throw, the app's 'error' event, 404s, HEAD.
const { Readable } = require('stream');
const pkg = require('./fixtures/pkg');
const { request, show } = require('./fixtures/client');
const Koa = pkg('koa');
const Router = pkg('@koa/router');

const app = new Koa();
app.silent = true;
const order = [];
app.on('error', (err, ctx) => order.push(`error event: ${err.message} (${ctx.path})`));
app.use(async (ctx, next) => {
  order.push(`> ${ctx.method} ${ctx.path}`);
  await next();
  ctx.set('X-Seen', String(order.length));
  order.push(`< ${ctx.status}`);
});
const router = new Router({ prefix: '/api' });
router.get('/text', (ctx) => { ctx.body = 'plain text'; });
router.get('/json/:id', (ctx) => { ctx.body = { id: ctx.params.id, q: ctx.query }; });
router.get('/buffer', (ctx) => { ctx.body = Buffer.from([0x61, 0x62, 0x63]); });
router.get('/stream', (ctx) => { ctx.type = 'text'; ctx.body = Readable.from(['one ', 'two ', 'three']); });
router.get('/deny', (ctx) => ctx.throw(403, 'not for you'));
router.get('/crash', async () => { await null; throw new Error('async crash'); });
router.post('/upload', async (ctx) => {
  const chunks = [];
  for await (const c of ctx.req) chunks.push(c);
  ctx.status = 201;
  ctx.body = { bytes: Buffer.concat(chunks).length, type: ctx.get('content-type') };
});
app.use(router.routes()).use(router.allowedMethods());

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const names = ['content-type', 'content-length', 'x-seen', 'allow', 'transfer-encoding'];
  show('text', await request(port, { path: '/api/text' }), names);
  show('json', await request(port, { path: '/api/json/42?a=b' }), names);
  show('buffer', await request(port, { path: '/api/buffer' }), names);
  show('stream', await request(port, { path: '/api/stream' }), names);
  show('deny', await request(port, { path: '/api/deny' }), names);
  show('crash', await request(port, { path: '/api/crash' }), names);
  show('upload', await request(port, { method: 'POST', path: '/api/upload', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(100000, 7) }), names);
  show('not-allowed', await request(port, { method: 'DELETE', path: '/api/text' }), names);
  show('head', await request(port, { method: 'HEAD', path: '/api/text' }), names);
  show('missing', await request(port, { path: '/elsewhere' }), names);
  server.close(() => {
    for (const line of order) console.log(line);
  });
});
