'use strict';
// The client resets the connection (resetAndDestroy -> RST) or destroys it (FIN) in
// the middle of a request body, while the response is still open. Checks the order
// of req 'aborted'/'error'/'close', res 'close', the 'clientError' for the reset, and
// the request/response state flags seen in those events.
const http = require('http');
const net = require('net');

let how;
let client;
const server = http.createServer((req, res) => {
  console.log('  handler', req.headers['content-length']);
  res.on('close', () => console.log('  res close', res.destroyed, res.writableEnded, res.writableFinished));
  res.on('finish', () => console.log('  res finish'));
  req.on('data', (d) => {
    console.log('  req data', d.toString());
    if (how === 'reset') client.resetAndDestroy(); else client.destroy();
  });
  req.on('aborted', () => console.log('  req aborted', req.aborted, req.complete));
  req.on('error', (e) => console.log('  req error', e.code, e.message));
  req.on('end', () => console.log('  req end'));
  req.on('close', () => console.log('  req close', req.destroyed));
});
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, err.message, socket.destroyed);
  socket.destroy();
});

function run(port, mode, data) {
  return new Promise((resolve) => {
    how = mode;
    server.once('connection', (s) => s.on('close', () => { console.log('  server socket close'); setImmediate(resolve); }));
    client = net.connect(port, '127.0.0.1', () => client.write(data));
    client.on('error', (e) => console.log('  client error', e.code));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const mode of ['reset', 'destroy']) {
    console.log(`-- content-length body, ${mode}`);
    await run(port, mode, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nfirst');
    console.log(`-- chunked body, ${mode}`);
    await run(port, mode, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n');
  }
  server.close();
});
