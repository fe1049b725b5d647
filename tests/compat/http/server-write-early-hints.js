'use strict';
// res.writeEarlyHints on the wire: a single link, an array of links, extra headers,
// the callback; argument validation (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE for
// a bad link); and writeContinue()'s callback. The final response follows the 1xx.
const http = require('http');

const cases = [
  (res, done) => { res.writeEarlyHints({ link: '</a.css>; rel=preload; as=style' }); done(); },
  (res, done) => { res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'], 'x-trace': 'abc' }, () => { console.log('  hints cb'); done(); }); },
  (res, done) => {
    for (const a of [undefined, 'x', { link: 'no-brackets' }, { link: ['</ok>; rel=preload', 'bad\nvalue'] }, { link: 5 }]) {
      try { res.writeEarlyHints(a); console.log('  no throw'); } catch (e) { console.log('  throw', e.name, e.code, e.message); }
    }
    done();
  },
  (res, done) => { res.writeContinue(() => { console.log('  continue cb'); done(); }); },
  (res, done) => { res.writeEarlyHints({ link: '</a.css>; rel=preload' }); res.writeEarlyHints({ link: '</b.css>; rel=preload' }); done(); },
];

const server = http.createServer((req, res) => {
  cases[Number(req.url.slice(1))](res, () => res.end('final'));
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data`, Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, false);

server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < cases.length; i++) {
    console.log('--', i);
    console.log('  response', JSON.stringify(await exchange(server.address().port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)));
  }
  server.close();
});
