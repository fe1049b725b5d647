'use strict';
// Client -> server throughput over loopback: the client writes `chunkSize` chunks
// (respecting backpressure) until `total` bytes or `maxSeconds`, the server counts
// bytes; the rate is bytes received / time from the first write to the server's 'end'.
const net = require('net');
const { now, metric } = require('./common');

module.exports = function run(name, chunkSize, total, maxSeconds) {
  const chunk = Buffer.alloc(chunkSize, 0x61);
  let received = 0;
  let start = 0;
  const server = net.createServer((sock) => {
    sock.on('data', (d) => { received += d.length; });
    sock.on('end', () => {
      const secs = (now() - start) / 1e9;
      metric(name, received / (1024 * 1024) / secs, 'MiB/s', 'higher');
      sock.end();
      server.close();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      start = now();
      const deadline = start + maxSeconds * 1e9;
      let sent = 0;
      (function pump() {
        while (sent < total) {
          sent += chunkSize;
          const ok = client.write(chunk);
          if ((sent & 0xfffff) < chunkSize && now() > deadline) break;
          if (!ok) return client.once('drain', pump);
        }
        client.end();
      })();
    });
    client.resume();
  });
};
