'use strict';
// Fault: peers that reset (RST) a connection to a net echo server in the middle of
// what they send, and while the server is echoing a large payload back. The
// server's sockets report the reset as an 'error' (ECONNRESET or EPIPE, as Node
// does) and close; good echo clients keep getting their bytes back; at the end the
// server holds no connection.
const assert = require('assert');
const net = require('net');
const { underFaults, inOrder, hangGuard, summary, mustCall } = require('./common');

const ROUNDS = 20;  // of each fault kind
const errors = {};

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.on('error', (err) => {
    assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code), err.stack);
    assert.ok(['read', 'write'].includes(err.syscall), err.stack);
    errors[err.code] = (errors[err.code] || 0) + 1;
  });
  sock.pipe(sock);
});

const faults = {
  // Sends some bytes, then resets without waiting for the echo.
  midRequest(port, done) {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(Buffer.alloc(1000, 0x63), () => setTimeout(() => s.resetAndDestroy(), 2));
    });
    s.on('error', () => {});
    s.on('close', done);
  },
  // Sends 1 MiB and resets once the echo has started coming back (the server is
  // still writing).
  midResponse(port, done) {
    const s = net.connect(port, '127.0.0.1', () => s.write(Buffer.alloc(1024 * 1024, 0x64)));
    s.once('data', () => s.resetAndDestroy());
    s.on('error', () => {});
    s.on('close', done);
  },
};

// Every reset reaches the server's socket as exactly one 'error'.
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual((errors.ECONNRESET || 0) + (errors.EPIPE || 0), 2 * ROUNDS);
});
hangGuard(100000, 'reset faults');
const plan = [];
for (let i = 0; i < ROUNDS; i++) plan.push(faults.midRequest, faults.midResponse);
underFaults(server, 'echo', (port, done) => inOrder(plan, port, done), mustCall((injected, served) => {
  summary('net reset peers', injected, served);
  console.log('server socket errors:', JSON.stringify(errors));
}));
