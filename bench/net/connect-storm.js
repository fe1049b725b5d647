'use strict';
// Connect storm: 20 000 short connections to a loopback server, at most 500 in flight.
// The server ends each connection as soon as it accepts it (so TIME_WAIT stays on the
// server side); a connection counts when the client sees 'close'. Capped at 15 s.
const net = require('net');
const { now, metric } = require('./lib/common');

const TOTAL = 20000;
const IN_FLIGHT = 500;
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.end();
});
server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  let started = 0;
  let closed = 0;
  let errors = 0;
  const start = now();
  const deadline = start + 15e9;
  function one() {
    started++;
    const c = net.connect(port, '127.0.0.1');
    c.on('error', () => { errors++; });
    c.resume();
    c.on('close', () => {
      closed++;
      if (started < TOTAL && now() < deadline) one();
      else if (closed === started) {
        const secs = (now() - start) / 1e9;
        metric('net.connect_storm', (closed - errors) / secs, 'conn/s', 'higher');
        if (errors) console.error(`connect storm: ${errors} errors`);
        server.close();
      }
    });
  }
  for (let i = 0; i < IN_FLIGHT; i++) one();
});
