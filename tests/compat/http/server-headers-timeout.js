'use strict';
// headersTimeout / requestTimeout with small values (the timers are the thing under
// test): a client that never finishes its head, and one that never finishes its
// body, get the default 408 reply and the connection is closed; with a 'clientError'
// listener the error is ERR_HTTP_REQUEST_TIMEOUT ("Request timeout"). A client that
// completes in time is unaffected.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 150, requestTimeout: 300, connectionsCheckingInterval: 30 }, (req, res) => {
  console.log('  handler', req.method, req.url);
  req.on('aborted', () => console.log('  req aborted'));
  req.on('error', (e) => console.log('  req error', e.code, e.message));
  if (req.url === '/ok') res.end('fine');
});
console.log('options', server.headersTimeout, server.requestTimeout);

function exchange(port, data) {
  return new Promise((resolve) => {
    let pending = 2, out = '';
    const done = () => { if (--pending === 0) setImmediate(resolve, out.replace(/Date: [^\r]*\r\n/g, '')); };
    server.once('connection', (s) => s.on('close', done));
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => { out += `<error ${e.code}>`; });
    c.on('close', done);
  });
}

function onClientError(err, socket) {
  console.log('  clientError', err.code, JSON.stringify(err.message), socket.writable);
  socket.end('HTTP/1.1 408 Too Slow\r\nConnection: close\r\n\r\n');
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const listener of [false, true]) {
    if (listener) server.on('clientError', onClientError);
    console.log(`-- incomplete head (listener ${listener})`);
    console.log('  response', JSON.stringify(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n')));
    console.log(`-- incomplete body (listener ${listener})`);
    console.log('  response', JSON.stringify(await exchange(port, 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc')));
  }
  console.log('-- complete request');
  console.log('  response', JSON.stringify(await exchange(port, 'GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  server.close();
});
