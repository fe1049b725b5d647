'use strict';
// Header overflow with a 'clientError' listener: the error's code, message,
// bytesParsed and rawPacket for an oversized header block, an oversized request
// line, and an overflow with a small maxHeaderSize; the listener writes its own 431.
// Also a request that fits exactly under the limit still reaches the handler.
const http = require('http');

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data`, Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, false);

function makeServer(opts) {
  const server = http.createServer(opts, (req, res) => {
    console.log('  handler', req.url.length, Object.keys(req.headers).length);
    res.end('ok');
  });
  server.on('clientError', (err, socket) => {
    console.log('  clientError', err.code, JSON.stringify(err.message), typeof err.bytesParsed,
      Buffer.isBuffer(err.rawPacket), socket.writable, socket.bytesWritten);
    socket.end('HTTP/1.1 431 Too Big For Me\r\nConnection: close\r\n\r\n');
  });
  return server;
}

const big = makeServer({});
big.listen(0, '127.0.0.1', async () => {
  const port = big.address().port;
  console.log('-- 20k header value');
  console.log('  response', JSON.stringify(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n')));
  console.log('-- 20k url');
  console.log('  response', JSON.stringify(await exchange(port, 'GET /' + 'u'.repeat(20000) + ' HTTP/1.1\r\nHost: x\r\n\r\n')));
  console.log('-- many small headers');
  let h = '';
  for (let i = 0; i < 2000; i++) h += `X-H${i}: v\r\n`;
  console.log('  response', JSON.stringify(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n' + h + '\r\n')));
  big.close();
  const small = makeServer({ maxHeaderSize: 100 });
  small.listen(0, '127.0.0.1', async () => {
    const p = small.address().port;
    console.log('-- maxHeaderSize 100, 40-byte header');
    console.log('  response', JSON.stringify(await exchange(p, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: ' + 'b'.repeat(20) + '\r\n\r\n')));
    console.log('-- maxHeaderSize 100, 200-byte header');
    console.log('  response', JSON.stringify(await exchange(p, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: ' + 'b'.repeat(200) + '\r\n\r\n')));
    small.close();
  });
});
