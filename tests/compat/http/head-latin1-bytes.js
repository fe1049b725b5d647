'use strict';
// The bytes a header value with a character above 0x7f (é) goes out as, per way of
// sending the body, as in Node: a chunked message's head goes with the size line,
// as Latin-1 (one byte, e9); a head joined to a UTF-8 string body (end(data), or a
// write of a message with a length) is sent as UTF-8 (c3 a9); with a 'latin1'
// body it is Latin-1.
const http = require('http');
const net = require('net');
const cases = [
  ['chunked write', (r) => { r.write('b'); r.end(); }],
  ['chunked write latin1', (r) => { r.write('b', 'latin1'); r.end(); }],
  ['chunked end', (r) => r.end('b')],
  ['length write', (r) => { r.setHeader('Content-Length', 1); r.write('b'); r.end(); }],
  ['length end', (r) => r.end('b')],
];
function headerBytes(raw) {
  const i = raw.indexOf('caf');
  return raw.slice(i, i + 6).toString('hex');
}
// Client side: a raw server collects what the request sends.
function clientCase(i) {
  if (i === cases.length) return serverCase(0);
  const [name, send] = cases[i];
  const bufs = [];
  const server = net.createServer((s) => {
    s.on('data', (d) => {
      bufs.push(d);
      const raw = Buffer.concat(bufs);
      if (raw.includes('0\r\n\r\n') || (!raw.includes('chunked') && raw.toString('latin1').endsWith('\r\n\r\nb'))) {
        console.log('request', name, headerBytes(raw));
        s.destroy();
        server.close(() => clientCase(i + 1));
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const r = http.request({ port: server.address().port, host: '127.0.0.1', agent: false, method: 'POST',
                             headers: { 'X-L': 'caf\u00e9' } });
    r.on('error', () => {});
    if (name.startsWith('chunked')) r.setHeader('Transfer-Encoding', 'chunked');
    r.on('socket', (s) => s.on('connect', () => send(r)));
  });
}
// Server side: a raw client collects the response.
function serverCase(i) {
  if (i === cases.length) return;
  const [name, send] = cases[i];
  const server = http.createServer((req, res) => {
    res.setHeader('X-L', 'caf\u00e9');
    if (name.startsWith('chunked')) res.setHeader('Transfer-Encoding', 'chunked');
    send(res);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    });
    const bufs = [];
    c.on('data', (d) => bufs.push(d));
    c.on('end', () => {
      console.log('response', name, headerBytes(Buffer.concat(bufs)));
      server.close(() => serverCase(i + 1));
    });
  });
}
clientCase(0);
