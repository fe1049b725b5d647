'use strict';
// res.writeEarlyHints() edge cases beyond server-write-early-hints.js: no link, an
// empty link array (nothing sent, callback never called), an empty link string,
// arrays/null as hints, a non-string link element, a quoted param value, and other
// hints written as given (an array value joined by String(), undefined as text).
const http = require('http');
const { exchangeNoDate } = require('./fixtures/raw-cases');

const server = http.createServer((req, res) => {
  res.writeEarlyHints({}, () => console.log('cb empty'));
  res.writeEarlyHints({ link: null, 'x-a': '1' }, () => console.log('cb null link'));
  res.writeEarlyHints({ link: [] }, () => console.log('cb empty array'));
  for (const a of [{ link: '' }, [], null, { link: ['</a>', undefined] }, { link: {} }, { link: ['</a>', '<b>; rel="x y"'] }, { link: '<c>; rel=' }]) {
    try { res.writeEarlyHints(a); console.log('no throw'); } catch (e) { console.log('throw', e.name, e.code, e.message); }
  }
  res.writeEarlyHints({ 'x-before': 'b', link: '<a>;rel="xy"', 'X-A': ['1', '2'], y: undefined },
                      () => console.log('cb quoted'));
  res.writeEarlyHints({ link: ['</one>; rel=preload'] }, () => console.log('cb one-element array'));
  res.end('ok');
});

server.listen(0, '127.0.0.1', async () => {
  const out = await exchangeNoDate(server.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', true);
  console.log(JSON.stringify(out));
  server.close();
});
