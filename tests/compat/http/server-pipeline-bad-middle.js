'use strict';
// Three pipelined requests in one write, the middle one malformed. Checks which
// handlers run, what reaches the wire (the first response, the 400, nothing for the
// third) with a handler that answers at once and one that answers later, and the
// 'clientError' seen when a listener is installed.
const http = require('http');
const net = require('net');

const data = 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
  'GET /b HTTP/1.1\r\nHost: x\r\nContent-Length: x\r\n\r\n' +
  'GET /c HTTP/1.1\r\nHost: x\r\n\r\n';

let mode;
const server = http.createServer((req, res) => {
  console.log('  handler', req.url);
  res.on('close', () => console.log('  res close', req.url, res.writableFinished));
  if (mode === 'sync') res.end('resp ' + req.url);
  else setImmediate(() => { const r = res.end('late ' + req.url); console.log('  late end returned', r === res); });
});

function run(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', (e) => { out += `<error ${e.code}>`; });
    c.on('close', () => { console.log('  response', JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, ''))); setImmediate(resolve); });
  });
}

function onClientError(err, socket) {
  console.log('  clientError', err.code, JSON.stringify(err.message), err.bytesParsed, socket.writable);
  socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const listener of [false, true]) {
    if (listener) server.on('clientError', onClientError);
    for (const m of ['sync', 'deferred']) {
      mode = m;
      console.log(`-- ${m} handler, clientError listener: ${listener}`);
      await run(port);
    }
  }
  server.close();
});
