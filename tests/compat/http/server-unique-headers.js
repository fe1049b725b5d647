'use strict';
// The uniqueHeaders option (server and client): listed headers given as arrays are
// sent as one line joined with "; " instead of repeated lines; names are matched
// case-insensitively; per-request uniqueHeaders on http.request; validation of the
// option's type.
const http = require('http');
const net = require('net');

const server = http.createServer({ uniqueHeaders: ['X-Unique', 'set-cookie'] }, (req, res) => {
  console.log('request rawHeaders', JSON.stringify(req.rawHeaders.filter((h, i) => i % 2 === 0 ? /^x-/i.test(h) : /^x-/i.test(req.rawHeaders[i - 1]))));
  res.setHeader('x-unique', ['a', 'b']);
  res.setHeader('X-Multi', ['c', 'd']);
  res.setHeader('Set-Cookie', ['k=1', 'k=2']);
  res.end('ok');
});

for (const bad of ['x', 5]) {
  try { http.createServer({ uniqueHeaders: bad }); console.log('no throw'); } catch (e) { console.log('server option', e.name, e.code, e.message); }
  try { http.request({ uniqueHeaders: bad, host: '127.0.0.1', port: 1 }).on('error', () => {}).destroy(); console.log('no throw'); } catch (e) { console.log('client option', e.name, e.code, e.message); }
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('close', () => {
    console.log('raw', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
    const req = http.request({ port, host: '127.0.0.1', agent: false, uniqueHeaders: ['x-req'],
      headers: { 'X-Req': ['1', '2'], 'X-Other': ['3', '4'] } }, (res) => {
      console.log('client sees', JSON.stringify(res.headers['set-cookie']), res.headers['x-unique'], res.headers['x-multi']);
      res.resume();
      res.on('end', () => server.close());
    });
    req.end();
  });
});
