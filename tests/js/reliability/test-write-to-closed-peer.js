'use strict';
// Fault: writing to a peer that is gone never kills the process (SIGPIPE is
// ignored); the writer's socket gets one 'error' with Node's code, errno, syscall
// and message (EPIPE from write, or ECONNRESET), then 'close' with hadError:
// - a server keeps writing after its peer closed both directions;
// - a server has 16 MiB and more queued when its peer resets;
// - a client keeps writing after the server destroyed the connection;
// - an http response is written after its peer reset: write() returns false and
//   calls back with ERR_STREAM_DESTROYED, the server emits 'clientError'.
// Good clients are served meanwhile; the servers end with no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { answerHandler, underFaults, inOrder, hangGuard, summary, mustCall } = require('./common');

const ROUNDS = 10;  // of each kind
const ERRNO = { EPIPE: -32, ECONNRESET: -104 };

function checkWriteError(err) {
  assert.ok(err.code === 'EPIPE' ? err.syscall === 'write' : err.code === 'ECONNRESET', err.stack);
  assert.ok(['read', 'write'].includes(err.syscall), err.stack);
  assert.strictEqual(err.errno, ERRNO[err.code]);
  assert.strictEqual(err.message, `${err.syscall} ${err.code}`);
}

// Every socket that must fail: exactly one 'error', then 'close' with hadError.
let failed = 0;
function mustFailOnce(sock) {
  sock.on('error', mustCall(checkWriteError));
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    failed++;
  }));
}

// The first byte picks the behaviour: 'A' writes after the peer's end, 'B' queues
// 16 MiB and more, 'C' destroys at once; anything else is echoed (good clients).
const netServer = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.once('data', (d) => {
    const kind = String.fromCharCode(d[0]);  // good payloads start with 'e'
    if (kind === 'A') {
      mustFailOnce(sock);
      sock.on('end', () => {
        const iv = setInterval(() => sock.write(Buffer.alloc(1000)), 2);
        sock.on('close', () => clearInterval(iv));
      });
      sock.resume();
    } else if (kind === 'B') {
      mustFailOnce(sock);
      sock.write(Buffer.alloc(16 * 1024 * 1024, 0x42));
      for (let i = 0; i < 50; i++) sock.write(Buffer.alloc(64 * 1024, 0x43));
    } else if (kind === 'C') {
      sock.destroy();
    } else {
      sock.write(d);
      sock.pipe(sock);
    }
  });
});

const netFaults = {
  A(port, done) {  // the peer closes both directions right after saying 'A'
    const s = net.connect(port, '127.0.0.1', () => s.write('A', () => s.destroy()));
    s.on('close', done);
  },
  B(port, done) {  // the peer resets once the flood has started arriving
    const s = net.connect(port, '127.0.0.1', () => s.write('B'));
    s.once('data', () => s.resetAndDestroy());
    s.on('error', () => {});
    s.on('close', done);
  },
  C(port, done) {  // the server hangs up; the client writes on until it fails
    // allowHalfOpen: the server's FIN must not end the client's side by itself.
    const s = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    mustFailOnce(s);
    s.resume();
    let iv;
    s.on('connect', () => {
      s.write('C');  // first, so that the server knows what to do
      iv = setInterval(() => s.write(Buffer.alloc(1000)), 2);
    });
    s.on('close', () => {
      clearInterval(iv);
      done();
    });
  },
};

const httpServer = http.createServer((req, res) => {
  if (req.url !== '/cut') return answerHandler(req, res);
  res.writeHead(200);
  res.write('first');
  res.on('close', mustCall(() => setTimeout(() => {
    assert.strictEqual(res.write('more', mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
      failed++;
    })), false);
  }, 5)));
});
httpServer.on('clientError', mustCall((err, sock) => {
  assert.strictEqual(err.code, 'ECONNRESET');
  sock.destroy();
}, ROUNDS));

function httpFault(port, done) {
  const s = net.connect(port, '127.0.0.1', () => s.write('GET /cut HTTP/1.1\r\nHost: x\r\n\r\n'));
  s.once('data', () => s.resetAndDestroy());
  s.on('error', () => {});
  s.on('close', done);
}

// ROUNDS of the given faults, in turn.
function rounds(faults) {
  const plan = [];
  for (let i = 0; i < ROUNDS; i++) plan.push(...faults);
  return (port, done) => inOrder(plan, port, done);
}

hangGuard(100000, 'writes to closed peers');
underFaults(netServer, 'echo', rounds([netFaults.A, netFaults.B, netFaults.C]), mustCall((f1, s1) => {
  underFaults(httpServer, 'http', rounds([httpFault]), mustCall((f2, s2) => {
    summary('writes to closed peers', f1 + f2, s1 + s2);
    // Checked at exit: the last response's late write may still be on its way.
    process.on('exit', (code) => { if (code === 0) assert.strictEqual(failed, f1 + f2); });
  }));
}));
