'use strict';
// The http client doing 10 000 keep-alive GETs (16 in flight) against a server in
// the same process; runs unchanged under node and protojs.
const http = require('http');

const TOTAL = 10000;
const INFLIGHT = 16;
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': 12 });
  res.end('hello world\n');
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: INFLIGHT });
  const port = server.address().port;
  let started = 0;
  let done = 0;
  const t0 = process.hrtime.bigint();
  function one() {
    started++;
    http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++done === TOTAL) finish();
        else if (started < TOTAL) one();
      });
    });
  }
  function finish() {
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`METRIC http_client_keepalive_rps ${(TOTAL / secs).toFixed(0)} req/s higher`);
    console.log(`METRIC http_client_keepalive_rss ${(process.memoryUsage().rss / 1048576).toFixed(1)} MiB lower`);
    agent.destroy();
    server.close();
  }
  for (let i = 0; i < INFLIGHT; i++) one();
});
