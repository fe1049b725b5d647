'use strict';
// Fault: more connections than an http server's maxConnections. While the server is
// full (peers holding connections with unfinished headers), every extra connection
// is closed at once and the server emits 'drop' with the addresses of both ends,
// as Node 20 does; when holders leave, good clients are served again. Rounds of
// fill / overflow / drain; the server ends with no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { answerHandler, goodBurst, whenEmptyClose, hangGuard, summary, mustCall } = require('./common');

const MAX = 5;
const PERMANENT = 2;  // holders kept for the whole test
const ROUNDS = 10;
const EXTRA = 5;      // dropped connections per round
const GOOD = 5;       // good requests per round, once the server has room

const server = http.createServer(answerHandler);
server.maxConnections = MAX;
let drops = 0;
server.on('drop', (data) => {
  drops++;
  assert.strictEqual(typeof data.remotePort, 'number');
  // Same fields in the same order as Node's.
  assert.strictEqual(JSON.stringify(data), JSON.stringify({
    localAddress: '127.0.0.1', localPort: server.address().port, localFamily: 'IPv4',
    remoteAddress: '127.0.0.1', remotePort: data.remotePort, remoteFamily: 'IPv4',
  }));
});

// A peer holding a connection: unfinished headers (the server's default timeouts
// are far longer than this test).
function holder(port) {
  const s = net.connect(port, '127.0.0.1', () => s.write('GET /hold HTTP/1.1\r\nHost: x\r\n'));
  s.on('error', () => {});
  return s;
}

function whenConnections(n, cb) {
  server.getConnections((err, count) => {
    assert.ifError(err);
    if (count === n) cb();
    else setTimeout(whenConnections, 10, n, cb);
  });
}

// An extra peer sends a whole request; it must get nothing back before the close.
function extraPeer(port, cb) {
  const s = net.connect(port, '127.0.0.1', () => s.write('GET /extra HTTP/1.1\r\nHost: x\r\n\r\n'));
  s.on('data', (d) => assert.fail(`a dropped connection got data: ${d}`));
  s.on('error', (err) => assert.strictEqual(err.code, 'ECONNRESET'));
  s.on('close', cb);
}

function round(port, cb) {
  const temp = [];
  for (let i = PERMANENT; i < MAX; i++) temp.push(holder(port));
  whenConnections(MAX, () => {
    const dropsBefore = drops;
    let left = EXTRA;
    for (let i = 0; i < EXTRA; i++) {
      extraPeer(port, () => {
        if (--left > 0) return;
        assert.strictEqual(drops - dropsBefore, EXTRA);
        temp.forEach((s) => s.destroy());
        whenConnections(PERMANENT, () => goodBurst('http', port, GOOD, () => {}, cb));
      });
    }
  });
}

hangGuard(100000, 'maxConnections rounds');
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const permanent = [];
  for (let i = 0; i < PERMANENT; i++) permanent.push(holder(port));
  let n = 0;
  (function next() {
    if (n++ < ROUNDS) return round(port, next);
    permanent.forEach((s) => s.destroy());
    whenEmptyClose(server, mustCall(() => summary('http maxConnections', drops, ROUNDS * GOOD)));
  })();
}));
