'use strict';
// Fault: peers that reset (RST) an http connection mid-request (in the headers, in
// the body) and mid-response (while a large answer streams). Meanwhile good clients
// keep getting correct answers; every cut response is seen by the server as a
// response closed unfinished; at the end the server holds no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const {
  answerHandler, underFaults, inOrder, hangGuard, summary, mustCall,
} = require('./common');

const ROUNDS = 15;  // of each fault kind
const BIG = 8 * 1024 * 1024;
let cutResponses = 0;

// /big streams BIG bytes honouring backpressure and stops when the peer is gone.
function bigHandler(req, res) {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  res.writeHead(200, { 'Content-Length': BIG });
  function pump() {
    while (sent < BIG && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    if (sent >= BIG) res.end();
  }
  pump();
}

const server = http.createServer((req, res) => {
  res.on('close', () => { if (!res.writableFinished) cutResponses++; });
  if (req.url === '/big') bigHandler(req, res);
  else answerHandler(req, res);
});

// Each fault opens a raw socket, does its part and resets; done() on 'close'.
const faults = {
  // Headers cut in the middle of a field.
  headers(port, done) {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write('POST /cut HTTP/1.1\r\nHost: x\r\nX-Partial: abc', () => setTimeout(() => s.resetAndDestroy(), 2));
    });
    s.on('error', () => {});
    s.on('close', done);
  },
  // Complete headers (the server answers 100 Continue, so the request exists),
  // then a part of the announced body.
  body(port, done) {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write('POST /cut HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n');
    });
    s.once('data', (d) => {
      assert.match(d.toString(), /^HTTP\/1\.1 100 Continue\r\n/);
      s.write(Buffer.alloc(100, 0x62), () => setTimeout(() => s.resetAndDestroy(), 2));
    });
    s.on('error', () => {});
    s.on('close', done);
  },
  // The first bytes of a large response arrive, then the peer resets.
  response(port, done) {
    const s = net.connect(port, '127.0.0.1', () => s.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n'));
    s.once('data', () => s.resetAndDestroy());
    s.on('error', () => {});
    s.on('close', done);
  },
};

// The body and response faults each leave one response closed unfinished; a header
// fault never makes a request. (Counted at exit: the last 'close' may trail the
// server's.)
process.on('exit', (code) => { if (code === 0) assert.strictEqual(cutResponses, 2 * ROUNDS); });
hangGuard(100000, 'reset faults');
const plan = [];
for (let i = 0; i < ROUNDS; i++) plan.push(faults.headers, faults.body, faults.response);
underFaults(server, 'http', (port, done) => inOrder(plan, port, done), mustCall((injected, served) => {
  summary('http reset peers', injected, served);
}));
