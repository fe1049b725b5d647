'use strict';
// Response trailers beyond the basic case: addTrailers with an array of pairs,
// invalid trailer names/values (ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR with
// "Trailer name"/"trailer content"), trailers dropped for a Content-Length body and
// for an HTTP/1.0 client, and a Trailer header on a non-chunked response throwing
// ERR_HTTP_TRAILER_INVALID. The client side reads req.trailers / rawTrailers.
const http = require('http');

const cases = [
  (res) => { res.write('a'); res.addTrailers([['X-One', '1'], ['X-Two', '2'], ['x-one', '3']]); res.end('b'); },
  (res) => {
    for (const t of [{ 'bad name': 'v' }, { 'X-V': 'a\nb' }, { '': 'v' }, [['X-Ok', 'v'], ['bad\u0001', 'v']]]) {
      try { res.addTrailers(t); console.log('  no throw'); } catch (e) { console.log('  throw', e.name, e.code, e.message); }
    }
    res.end('x');
  },
  (res) => { res.setHeader('Content-Length', 1); res.addTrailers({ 'X-Dropped': 'yes' }); res.end('x'); },
  (res) => { res.setHeader('Trailer', 'X-T'); res.setHeader('Content-Length', 1); try { res.end('x'); } catch (e) { console.log('  throw', e.name, e.code, e.message, res.headersSent); res.removeHeader('Trailer'); res.end('y'); } },
  (res) => { res.write('a'); res.addTrailers({ 'X-Late': 'v' }); res.end(); },
];

const server = http.createServer((req, res) => {
  console.log('--', req.url, req.httpVersion);
  cases[Number(req.url.slice(1))](res);
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data`, Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, false);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (let i = 0; i < 4; i++) {
    console.log('  response', JSON.stringify(await exchange(port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)));
  }
  console.log('  response', JSON.stringify(await exchange(port, 'GET /4 HTTP/1.0\r\n\r\n')));
  http.get({ port, host: '127.0.0.1', path: '/0', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('  client trailers', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      server.close();
    });
  });
});
