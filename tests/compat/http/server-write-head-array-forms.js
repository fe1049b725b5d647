'use strict';
// writeHead(status, [name, value, ...]): numbers as values, repeated names, framing
// headers given in the array (Connection, Transfer-Encoding, Date), nested values,
// the array-of-pairs form, and the errors for odd lengths, bad names and bad values.
const http = require('http');
const net = require('net');

const cases = [
  ['numbers and repeats', ['X-N', 7, 'X-R', 'a', 'X-R', 'b', 'Content-Length', 2]],
  ['connection close', ['Connection', 'close', 'Content-Length', 2]],
  ['chunked', ['Transfer-Encoding', 'chunked']],
  ['own date', ['Date', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Content-Length', 2]],
  ['nested value', ['Set-Cookie', ['a=1', 'b=2'], 'Content-Length', 2]],
  ['pairs', [['X-P', '1'], ['Content-Length', '2']]],
  ['empty', []],
  ['odd length', ['X-A', '1', 'X-B']],
  ['number name', [1, 'x']],
  ['bad name', ['X A', '1']],
  ['bad value', ['X-A', 'a\nb']],
  ['undefined value', ['X-A', undefined]],
];

let i = 0;
const server = http.createServer((req, res) => {
  const [name, headers] = cases[i];
  try {
    res.writeHead(200, headers);
  } catch (e) {
    console.log(name, 'threw', e.code, e.message);
    res.writeHead(500, { 'Content-Length': 2 });
  }
  res.end('ok');
});

function next(port) {
  if (i === cases.length) {
    server.close();
    return;
  }
  const c = net.connect(port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => {
    // The server's own Date varies; a Date given in the array is kept.
    console.log(cases[i][0], JSON.stringify(out.replace(/Date: [^\r]*20\d\d[^\r]*\r\n/g, 'Date: (now)\r\n')));
    i++;
    next(port);
  });
  c.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
}

server.listen(0, '127.0.0.1', () => next(server.address().port));
