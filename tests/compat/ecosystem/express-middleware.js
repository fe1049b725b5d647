'use strict';
// Common Express middleware unchanged: compression (gzip and deflate through
// node:zlib streams), morgan (logging to a stream), cors (preflight), helmet (headers).
process.env.NODE_ENV = 'production';
const zlib = require('zlib');
const { Writable } = require('stream');
const pkg = require('./fixtures/pkg');
const { request, show } = require('./fixtures/client');
const express = pkg('express');
const compression = pkg('compression');
const morgan = pkg('morgan');
const cors = pkg('cors');
const helmet = pkg('helmet');

const log = [];
const logStream = new Writable({ write(chunk, enc, cb) { log.push(chunk.toString().trim()); cb(); } });
const app = express();
app.use(morgan(':method :url :status :res[content-length] :req[x-test]', { stream: logStream }));
app.use(helmet());
app.use(cors({ origin: 'http://example.test', methods: ['GET', 'PUT'], maxAge: 600 }));
app.use(compression({ threshold: 100 }));
const text = 'compressible text '.repeat(500);
app.get('/big', (req, res) => res.type('text').send(text));
app.get('/small', (req, res) => res.type('text').send('tiny'));
app.get('/streamed', (req, res) => {
  res.type('text');
  let i = 0;
  (function more() {
    if (i++ === 5) return res.end('end\n');
    res.write(`part ${i} `.repeat(50));
    setImmediate(more);
  })();
});

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const gz = await request(port, { path: '/big', headers: { 'accept-encoding': 'gzip', 'x-test': 'a' } });
  console.log('gzip', gz.status, gz.headers['content-encoding'], gz.headers.vary, gz.body.length < text.length, zlib.gunzipSync(gz.body).toString() === text);
  const df = await request(port, { path: '/big', headers: { 'accept-encoding': 'deflate' } });
  console.log('deflate', df.status, df.headers['content-encoding'], zlib.inflateSync(df.body).toString() === text);
  const id = await request(port, { path: '/big', headers: { 'accept-encoding': 'identity' } });
  console.log('identity', id.status, id.headers['content-encoding'], id.body.toString() === text);
  show('small', await request(port, { path: '/small', headers: { 'accept-encoding': 'gzip' } }), ['content-encoding', 'content-length']);
  const st = await request(port, { path: '/streamed', headers: { 'accept-encoding': 'gzip' } });
  const plain = zlib.gunzipSync(st.body).toString();
  console.log('streamed', st.status, st.headers['content-encoding'], st.headers['transfer-encoding'], plain.length, plain.endsWith('end\n'));
  const pre = await request(port, { method: 'OPTIONS', path: '/big', headers: { origin: 'http://example.test', 'access-control-request-method': 'PUT' } });
  show('preflight', pre, ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-max-age', 'content-length']);
  const h = await request(port, { path: '/small' });
  const helmetNames = Object.keys(h.headers).filter((n) => !['date', 'etag', 'connection', 'keep-alive'].includes(n)).sort();
  for (const n of helmetNames) console.log('  header', n, JSON.stringify(h.headers[n]));
  server.close(() => {
    for (const line of log) console.log('log', line);
  });
});
