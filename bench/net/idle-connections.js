'use strict';
// Memory of 5 000 idle connection pairs (client and server socket in this one process):
// RSS after all are connected and idle minus RSS before, per pair, in KiB.
const net = require('net');
const { metric } = require('./lib/common');

const N = 5000;
const BATCH = 500;
const accepted = [];
const clients = [];
const server = net.createServer((sock) => { accepted.push(sock); });
server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  // Warm up the code paths once so their one-time cost is not counted per connection.
  const warm = net.connect(port, '127.0.0.1', () => {
    warm.destroy();
    setTimeout(begin, 50);
  });
  function begin() {
    if (typeof gc === 'function') gc();
    const before = process.memoryUsage().rss;
    let made = 0;
    function batch() {
      let pending = Math.min(BATCH, N - made);
      for (let i = 0; i < Math.min(BATCH, N - made); i++) {
        const c = net.connect(port, '127.0.0.1', () => {
          if (--pending === 0) (made < N ? setImmediate(batch) : setTimeout(measure, 200));
        });
        clients.push(c);
      }
      made += Math.min(BATCH, N - made);
    }
    function measure() {
      if (typeof gc === 'function') gc();
      const after = process.memoryUsage().rss;
      metric('net.idle_conn_pair_rss', (after - before) / 1024 / N, 'KiB', 'lower');
      metric('net.idle_5000_pairs_total_rss', after / (1024 * 1024), 'MiB', 'lower');
      for (const c of clients) c.destroy();
      for (const s of accepted) s.destroy();
      server.close();
    }
    batch();
  }
});
