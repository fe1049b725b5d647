'use strict';
// With server.maxHeadersCount, req.headers keeps only the first headers, and the
// Host and Expect checks read req.headers as Node's do: a Host beyond the limit
// counts as missing (400), an Expect beyond it as absent.
const http = require('http'); const net = require('net');
const server = http.createServer((req, res) => { console.log('request', req.url, JSON.stringify(req.headers)); res.end('ok'); });
server.maxHeadersCount = 1;
const reqs = [
  'GET /1 HTTP/1.1\r\nX: a\r\nHost: h\r\nConnection: close\r\n\r\n',
  'GET /2 HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n',
];
let i = 0;
function next() {
  if (i >= reqs.length) return server.close();
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(reqs[i]));
  let out = ''; c.on('data', d => out += d);
  c.on('close', () => { console.log(i, JSON.stringify(out.split('\r\n')[0])); i++; next(); });
}
server.listen(0, '127.0.0.1', next);
