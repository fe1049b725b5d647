'use strict';
// Fault: peers that ask for a large answer (64 MiB each) and stop reading after the
// first bytes. The server streams it honouring backpressure (write() returning
// false, then 'drain'), so once the socket buffers are full it waits; its RSS must
// stay within a bound far below what is pending while good clients are served.
// Then the stalled peers read on and must receive every byte. Run against an http
// server and a net server; both end with no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const {
  answerHandler, goodBurst, pump, rssMiB, whenEmptyClose, hangGuard, summary,
  mustCall,
} = require('./common');

const SIZE = 64 * 1024 * 1024;
const STALLED = 3;
const BOUND_MIB = 48;  // generous: what is pending is STALLED * 64 MiB minus the buffers
const WARMUP = 30;
const DURING = 60;

// A peer that sends `request`, pauses at its first byte of answer and, once
// resumed, checks that the whole body arrives (after the head, for http).
function stalledPeer(port, request, isHttp) {
  const peer = { received: 0, onClose: null };
  let head = isHttp ? '' : null;
  const s = net.connect(port, '127.0.0.1', () => s.write(request));
  s.once('data', () => s.pause());
  s.on('data', (d) => {
    if (head !== null) {  // still in the http head: find where the body starts
      head += d.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      assert.match(head, /^HTTP\/1\.1 200 OK\r\n/);
      peer.received += head.length - end - 4;
      head = null;
      return;
    }
    peer.received += d.length;
  });
  s.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(peer.received, SIZE);
    peer.onClose();
  });
  peer.resume = (cb) => { peer.onClose = cb; s.resume(); };
  return peer;
}

// Polls until every pump waits for 'drain' and nothing moved for a few polls; the
// RSS must stay within the bound meanwhile too.
function whenStuck(pumps, baseline, cb) {
  let last = -1;
  let still = 0;
  (function poll() {
    assert.ok(rssMiB() - baseline < BOUND_MIB, `rss grew by ${(rssMiB() - baseline).toFixed(1)} MiB`);
    const written = pumps.reduce((a, p) => a + p.written, 0);
    still = pumps.length === STALLED && pumps.every((p) => p.waiting) && written === last ? still + 1 : 0;
    last = written;
    if (still >= 5) return cb(written);
    setTimeout(poll, 20);
  })();
}

// The whole scenario against one server; cb(faults, good served).
function scenario(name, server, pumps, request, cb) {
  server.listen(0, '127.0.0.1', mustCall(() => {
    const port = server.address().port;
    const isHttp = server instanceof http.Server;
    const kind = isHttp ? 'http' : 'echo';
    goodBurst(kind, port, WARMUP, () => {}, () => {
      const baseline = rssMiB();
      const peers = [];
      for (let i = 0; i < STALLED; i++) peers.push(stalledPeer(port, request, isHttp));
      whenStuck(pumps, baseline, (written) => {
        const delivered = peers.reduce((a, p) => a + p.received, 0);
        const pendingMiB = (STALLED * SIZE - delivered) / (1024 * 1024);
        assert.ok(pendingMiB >= 64, `only ${pendingMiB} MiB pending`);
        let max = rssMiB();
        goodBurst(kind, port, DURING, () => { max = Math.max(max, rssMiB()); }, () => {
          console.log(`${name}: rss baseline ${baseline.toFixed(1)} MiB, max while stalled ` +
                      `${max.toFixed(1)} MiB, pending ${pendingMiB.toFixed(0)} MiB, ` +
                      `server wrote ${(written / 1048576).toFixed(1)} MiB before waiting`);
          assert.ok(max - baseline < BOUND_MIB, `rss grew by ${(max - baseline).toFixed(1)} MiB`);
          let left = STALLED;
          for (const p of peers) {
            p.resume(() => {
              if (--left === 0) whenEmptyClose(server, () => cb(STALLED, WARMUP + DURING));
            });
          }
        });
      });
    });
  }));
}

// http: /huge is streamed with a Content-Length; the request asks for a close.
const httpPumps = [];
const httpServer = http.createServer((req, res) => {
  if (req.url !== '/huge') return answerHandler(req, res);
  res.writeHead(200, { 'Content-Length': SIZE });
  httpPumps.push(pump(res, SIZE));
});
const httpRequest = 'GET /huge HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';

// net: a first chunk 'huge' asks the server to send SIZE bytes; anything else is
// echoed (the good clients).
const netPumps = [];
const netServer = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.once('data', (d) => {
    if (d.toString() === 'huge') return netPumps.push(pump(sock, SIZE));
    sock.write(d);
    sock.pipe(sock);
  });
});

hangGuard(110000, 'stalled readers');
scenario('http stalled readers', httpServer, httpPumps, httpRequest, mustCall((f1, g1) => {
  scenario('net stalled readers', netServer, netPumps, 'huge', mustCall((f2, g2) => {
    summary('stalled readers', f1 + f2, g1 + g2);
  }));
}));
