'use strict';
// Ping-pong of 64-byte messages over `conns` loopback connections: each client sends
// 64 bytes, the server echoes them, the client sends the next message when all 64
// bytes are back. Reports round trips/s and p50/p99 round-trip latency in µs.
const net = require('net');
const { now, metric, percentile } = require('./common');

module.exports = function run(name, conns, tripsPerConn, maxSeconds) {
  const msg = Buffer.alloc(64, 0x70);
  const total = conns * tripsPerConn;
  const lat = new Float64Array(total);
  let nLat = 0;
  let done = 0;
  let start = 0;
  let deadline = 0;
  const server = net.createServer((sock) => {
    sock.setNoDelay(true);
    sock.on('data', (d) => sock.write(d));
    sock.on('error', () => {});
  });
  function finish() {
    const secs = (now() - start) / 1e9;
    metric(`${name}.rtt_per_sec`, nLat / secs, 'rt/s', 'higher');
    metric(`${name}.p50`, percentile(lat, nLat, 0.5) / 1000, 'us', 'lower');
    metric(`${name}.p99`, percentile(lat, nLat, 0.99) / 1000, 'us', 'lower');
    server.close();
  }
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    let connected = 0;
    const clients = [];
    for (let i = 0; i < conns; i++) {
      const c = net.connect(port, '127.0.0.1');
      c.setNoDelay(true);
      clients.push(c);
      c.on('connect', () => { if (++connected === conns) begin(); });
    }
    function begin() {
      start = now();
      deadline = start + maxSeconds * 1e9;
      for (const c of clients) {
        let trips = 0;
        let got = 0;
        let sentAt = now();
        c.on('data', (d) => {
          got += d.length;
          if (got < 64) return;
          got -= 64;
          const t = now();
          lat[nLat++] = t - sentAt;
          if (++trips < tripsPerConn && t < deadline) {
            sentAt = t;
            c.write(msg);
          } else {
            c.end();
          }
        });
        c.on('close', () => { if (++done === conns) finish(); });
        c.write(msg);
      }
    }
  });
};
