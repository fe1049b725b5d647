'use strict';
// Header names that are also properties of Object.prototype (constructor, toString,
// hasOwnProperty, valueOf) are stored as headers, shadowing the inherited value; a
// repeat of one joins as any other header does. `__proto__` cannot be stored (the
// assignment is ignored, as in Node). Both on a response and a request.
// headersDistinct and trailersDistinct have no prototype, so they keep every name.
const http = require('http');
const net = require('net');
const head = 'Constructor: x\r\nToString: a\r\ntostring: b\r\nhasOwnProperty: h\r\n' +
  '__proto__: p\r\nValueOf: v\r\nSet-Cookie: c1\r\nset-cookie: c2\r\nCookie: k1\r\nCookie: k2\r\n' +
  'Host: one\r\nHost: two\r\nX-Y: 1\r\nx-y: 2\r\n';
const show = (who, h) => {
  console.log(who, JSON.stringify(h), Object.getPrototypeOf(h) === Object.prototype);
  console.log(who, 'constructor is', typeof h.constructor, 'own', Object.keys(h).length);
};
const server = http.createServer((req, res) => {
  show('request', req.headers);
  const d = req.headersDistinct;
  console.log('distinct', Object.getPrototypeOf(d), JSON.stringify(d));
  res.end();
  server.close();
});
const raw = net.createServer((s) => {
  s.once('data', () => s.end('HTTP/1.1 200 OK\r\n' + head + 'Transfer-Encoding: chunked\r\n\r\n' +
    '0\r\nConstructor: t1\r\nconstructor: t2\r\n__proto__: t3\r\n\r\n'));
});
server.listen(0, '127.0.0.1', () => raw.listen(0, '127.0.0.1', () => {
  http.get({ port: raw.address().port, host: '127.0.0.1', agent: false }, (res) => {
    show('response', res.headers);
    res.resume();
    res.on('end', () => {
      const t = res.trailersDistinct;
      console.log('trailersDistinct', Object.getPrototypeOf(t), JSON.stringify(t));
      console.log('trailers', JSON.stringify(res.trailers));
      raw.close();
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.end('GET / HTTP/1.1\r\n' + head + 'Connection: close\r\n\r\n');
      });
      c.resume();
    });
  });
}));
