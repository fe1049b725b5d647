'use strict';
// An idle keep-alive connection after its response: with a small keepAliveTimeout
// the server closes it (socket 'timeout', then close; Keep-Alive header shows the
// rounded-down seconds); with a server 'timeout' listener Node hands the socket to
// it instead (the listener must destroy it). Server-side and client-side events
// are collected separately and printed once both sides have closed.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('ok'));
server.keepAliveTimeout = 100;
let events;
function onTimeout(s) { events.push('server timeout event'); s.destroy(); }

function run(port) {
  return new Promise((resolve) => {
    events = [];
    let pending = 2, out = '';
    const clientEvents = [];
    const done = () => {
      if (--pending) return;
      console.log('  server:', events.join(', '));
      console.log('  client:', clientEvents.join(', '), JSON.stringify(out.replace(/Date: [^\r]*\r\n/g, '')));
      setImmediate(resolve);
    };
    server.once('connection', (s) => {
      s.on('timeout', () => events.push('socket timeout'));
      s.on('end', () => events.push('socket end'));
      s.on('close', () => { events.push('socket close'); done(); });
    });
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('end', () => clientEvents.push('end'));
    c.on('error', (e) => clientEvents.push('error ' + e.code));
    c.on('close', () => { clientEvents.push('close'); done(); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('-- no timeout listener');
  await run(server.address().port);
  console.log('-- server timeout listener');
  server.on('timeout', onTimeout);
  await run(server.address().port);
  console.log('-- keepAliveTimeout 1500');
  server.removeListener('timeout', onTimeout);
  server.keepAliveTimeout = 1500;
  await run(server.address().port);
  server.close();
});
