'use strict';
// Request header injection on the client side: header values with CR/LF, bad names,
// a path or method with CRLF and a host with CRLF are refused before anything is sent.
const http = require('http');

function attempt(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

const server = http.createServer((req, res) => {
  const raw = req.rawHeaders.map((h, i) => (i % 2 && /^host$/i.test(req.rawHeaders[i - 1]) ? '<host>' : h));
  console.log('server got', req.method, JSON.stringify(req.url), JSON.stringify(raw));
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const base = { port, host: '127.0.0.1', agent: false };
  attempt('headers option CRLF', () => http.request({ ...base, headers: { 'X-A': 'a\r\nX-B: 1' } }));
  attempt('headers option bad name', () => http.request({ ...base, headers: { 'X A': '1' } }));
  attempt('headers array CRLF', () => http.request({ ...base, headers: ['X-A', 'a\nb'] }));
  attempt('path CRLF', () => http.request({ ...base, path: '/a\r\nX-B: 1' }));
  attempt('path space', () => http.request({ ...base, path: '/a b' }));
  attempt('method CRLF', () => http.request({ ...base, method: 'GET\r\nX-B: 1' }));
  attempt('host CRLF', () => http.request({ ...base, headers: { host: 'h\r\nX-B: 1' } }));
  const req = http.request({ ...base, method: 'POST' }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  attempt('req.setHeader CRLF', () => req.setHeader('X-A', 'a\r\nb'));
  attempt('req.setHeader NUL', () => req.setHeader('X-A', 'a\0b'));
  attempt('req.setHeader bad name', () => req.setHeader('X:A', '1'));
  attempt('req.appendHeader LF', () => req.appendHeader('X-A', 'a\nb'));
  req.setHeader('X-Ok', 'fine');
  req.end();
});
