// Framing headers given to writeHead()/setHeader() in any letter case decide the
// response's framing as in Node: Connection, Transfer-Encoding (with Trailer),
// Content-Length as number or string, Date, Keep-Alive, and removeHeader() of the
// defaults. Each case's raw response is printed (Date values masked).
const http = require('http');
const net = require('net');

const cases = [
  (res) => { res.writeHead(200, { 'CONTENT-LENGTH': 5, 'content-type': 'text/plain' }); res.end('hello'); },
  (res) => { res.writeHead(200, { 'Content-Length': '5' }); res.end('hello'); },
  (res) => { res.writeHead(200, { connection: 'close', 'Content-Length': 2 }); res.end('hi'); },
  (res) => { res.writeHead(200, { Connection: 'Keep-Alive', 'Content-Length': 2 }); res.end('hi'); },
  (res) => { res.writeHead(200, { 'Transfer-Encoding': 'chunked', Trailer: 'X-Sum' }); res.write('ab'); res.addTrailers({ 'X-Sum': '3' }); res.end('c'); },
  (res) => { res.writeHead(200, { 'transfer-encoding': 'gzip, chunked' }); res.end('body'); },
  (res) => { res.writeHead(200, { Date: 'Thu, 01 Jan 1970 00:00:00 GMT', 'Content-Length': 1 }); res.end('d'); },
  (res) => { res.writeHead(200, { 'Keep-Alive': 'timeout=9', 'Content-Length': 1 }); res.end('k'); },
  (res) => { res.removeHeader('Date'); res.sendDate = false; res.writeHead(200, { 'Content-Length': 1 }); res.end('n'); },
  (res) => { res.setHeader('Content-Length', 3); res.writeHead(200, { 'content-length': 4 }); res.end('four'); },
  (res) => { res.writeHead(200, { 'Content-Type': 'a' }); res.end('no length'); },
  (res) => { res.writeHead(204, { 'Content-Length': 0 }); res.end(); },
];

let n = 0;
const server = http.createServer((req, res) => cases[n++](res));
server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < cases.length; i++) {
    const raw = await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let data = '';
      c.setEncoding('latin1');
      c.on('data', (d) => {
        data += d;
        // A kept-alive response: end our side once it is whole.
        if (/\r\n\r\n/.test(data) && /hello|hi$|d$|k$|n$|four$|\r\n0\r\n[^]*\r\n\r\n$|body|no length/.test(data)) c.end();
        if (i === cases.length - 1 && /\r\n\r\n$/.test(data)) c.end();
      });
      c.on('close', () => resolve(data));
      c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    console.log(`--- case ${i}`);
    console.log(raw.replace(/Date: (?!Thu, 01 Jan 1970).*\r\n/, 'Date: <now>\r\n').replace(/\r\n/g, '\\r\\n\n'));
  }
  server.close();
});
