// Headers stored with setHeader()/appendHeader() (the response's own header store)
// reach the wire with their original names, in order, with framing headers honoured:
// numbers, booleans, arrays, Set-Cookie lists, latin1 values, removed and re-set names.
const http = require('http');
const { exchange } = require('./fixtures/raw-cases');

const cases = [
  (res) => { res.setHeader('Content-Type', 'text/plain'); res.setHeader('Content-Length', 2); },
  (res) => { res.setHeader('X-Bool', false); res.setHeader('X-Num', 0); res.setHeader('content-length', '2'); },
  (res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.appendHeader('set-cookie', 'c=3'); },
  (res) => { res.setHeader('Cookie', ['x=1', 'y=2']); res.setHeader('X-List', ['p', 'q']); },
  (res) => { res.setHeader('X-Latin1', 'na\u00efve'); res.setHeader('Connection', 'close'); },
  (res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.setHeader('X-After', 'te'); },
  (res) => { res.setHeader('Date', 'yesterday'); res.removeHeader('Date'); res.setHeader('X-Re', 1); res.setHeader('x-re', 2); },
  (res) => { res.setHeader('Keep-Alive', 'timeout=3'); res.setHeader('Content-Length', 2); },
];

const server = http.createServer((req, res) => {
  cases[Number(req.url.slice(1))](res);
  res.end('ok');
});

async function get(port, n) {
  const got = await exchange(port, `GET /${n} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, true);
  console.log(n, JSON.stringify(got.split('\r\n').filter((l) => !l.startsWith('Date: ') || l.includes('yesterday'))));
}

server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < cases.length; i++) await get(server.address().port, i);
  server.close();
});
