'use strict';
// Express 4 unchanged: routing, params, query strings, JSON and urlencoded bodies,
// cookies (cookie-parser, signed too), redirects, error middleware, 404s, ETags.
// Production mode: error pages carry no stack trace (whose frames are the engine's).
process.env.NODE_ENV = 'production';
const pkg = require('./fixtures/pkg');
const { request, show } = require('./fixtures/client');
const express = pkg('express');
const cookieParser = pkg('cookie-parser');

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser('s3cret'));

const users = express.Router();
users.param('id', (req, res, next, id) => {
  req.user = { id: Number(id), name: `user${id}` };
  next();
});
users.get('/:id', (req, res) => res.json(req.user));
users.get('/:id/skip', (req, res, next) => next('route'));
users.get('/:id/skip', (req, res) => res.send('second handler'));
app.use('/users', users);

app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).json({ body: req.body, type: req.get('content-type') }));
app.post('/form', (req, res) => res.type('text').send(`${req.body.a}+${req.body.b}`));
app.get('/cookie', (req, res) => {
  res.cookie('plain', 'v1', { httpOnly: true });
  res.cookie('signed', 'v2', { signed: true });
  res.send('set');
});
app.get('/read-cookie', (req, res) => res.json({ cookies: req.cookies, signed: req.signedCookies }));
app.get('/go', (req, res) => res.redirect(302, '/hello/redirected'));
app.get('/boom', () => { throw new Error('kaboom'); });
app.get('/async-boom', (req, res, next) => { setImmediate(() => next(new Error('later'))); });
app.get('/text', (req, res) => res.send('some text that express hashes into an etag'));
app.get('/head-too', (req, res) => res.set('X-Custom', 'yes').send('body for get'));
// A body-parser error says what failed in err.type (its message is the engine's).
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || err.message }));

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('hello', await request(port, { path: '/hello/bob?x=1&y=2&y=3' }));
  show('user', await request(port, { path: '/users/7' }));
  show('next-route', await request(port, { path: '/users/7/skip' }));
  show('echo', await request(port, { method: 'POST', path: '/echo', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: [1, 2], s: 'é' }) }));
  show('bad-json', await request(port, { method: 'POST', path: '/echo', headers: { 'content-type': 'application/json' }, body: '{bad' }));
  show('form', await request(port, { method: 'POST', path: '/form', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=two%20words' }));
  const c = await request(port, { path: '/cookie' });
  show('cookie', c, ['set-cookie']);
  const jar = c.headers['set-cookie'].map((s) => s.split(';')[0]).join('; ');
  show('read-cookie', await request(port, { path: '/read-cookie', headers: { cookie: jar } }));
  show('tampered', await request(port, { path: '/read-cookie', headers: { cookie: jar.replace('v2', 'v3') } }));
  show('redirect', await request(port, { path: '/go' }), ['location', 'content-type']);
  show('boom', await request(port, { path: '/boom' }));
  show('async-boom', await request(port, { path: '/async-boom' }));
  show('missing', await request(port, { path: '/nope' }));
  const t = await request(port, { path: '/text' });
  show('etag', t, ['etag', 'x-powered-by']);
  show('not-modified', await request(port, { path: '/text', headers: { 'if-none-match': t.headers.etag } }), ['etag', 'content-length']);
  show('head', await request(port, { method: 'HEAD', path: '/head-too' }), ['x-custom', 'content-length']);
  server.close(() => console.log('closed'));
});
