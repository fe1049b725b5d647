// writeHead with plain header objects of every shape: numbers, framing headers in
// any case, arrays, non-ASCII and invalid values (Node's errors), getters, and
// integer-like names; what reaches the wire is compared.
const http = require('http');
const { exchange } = require('./fixtures/raw-cases');

const cases = [
  { 'Content-Type': 'text/plain', 'Content-Length': 2 },
  { 'CONTENT-LENGTH': '2', 'X-A': 'b', CONNECTION: 'close' },
  { 'Transfer-Encoding': 'chunked', 'X-Num': 1.5 },
  { 'Set-Cookie': ['a=1', 'b=2'], 'Content-Length': 2 },
  { 'X-Latin1': 'caf\u00e9', 'Content-Length': 2 },
  { 'X-Bad': 'a\r\nInjected: yes' },
  { 'Bad Name': 'x' },
  { 'X-Undefined': undefined },
  { 'X-Bool': true, 'X-Null': null, 'Content-Length': 2 },
  { 1: 'one', 2: 'two', 'Content-Length': 2 },
  Object.defineProperty({ 'Content-Length': 2 }, 'X-Getter', { get() { return 'got'; }, enumerable: true }),
  Object.create({ 'X-Inherited': 'no' }, { 'Content-Length': { value: 2, enumerable: true } }),
  { 'Keep-Alive': 'timeout=9', 'Content-Length': 2 },
  { Date: 'Thu, 01 Jan 1970 00:00:00 GMT', 'Content-Length': 2 },
];

let i = 0;
const server = http.createServer((req, res) => {
  const headers = cases[Number(req.url.slice(1))];
  try {
    res.writeHead(200, headers);
    res.end('ok');
  } catch (e) {
    console.log('throws', e.code, e.message);
    res.writeHead(500, { 'Content-Length': 0 });
    res.end();
  }
});

async function get(port, n) {
  const got = await exchange(port, `GET /${n} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, true);
  console.log(n, JSON.stringify(got.split('\r\n').filter((l) => !l.startsWith('Date: ') || l.includes('1970'))));
}

server.listen(0, '127.0.0.1', async () => {
  for (; i < cases.length; i++) await get(server.address().port, i);
  server.close();
});
