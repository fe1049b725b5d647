'use strict';
// Fault: peers that connect and vanish at once: destroyed before the connect
// completes, closed (FIN) or reset (RST) the moment it completes, or closed on the
// next turn of the loop, in bursts, so the server accepts connections that are
// already gone. Against an http server and a net echo server, while good clients
// keep being served; both end with no connection.
const http = require('http');
const net = require('net');
const {
  answerHandler, createEchoServer, goodTraffic, whenEmptyClose, hangGuard, summary, mustCall,
} = require('./common');

const BURSTS = 15;
const PER_BURST = 20;

const vanish = [
  (s) => s.destroy(),
  (s) => s.on('connect', () => s.destroy()),
  (s) => s.on('connect', () => s.resetAndDestroy()),
  (s) => s.on('connect', () => setImmediate(() => s.end())),
];

// One burst of PER_BURST vanishing peers; cb once all have closed.
function burst(port, cb) {
  let left = PER_BURST;
  for (let i = 0; i < PER_BURST; i++) {
    const s = net.connect(port, '127.0.0.1');
    s.on('error', () => {});
    s.on('close', () => { if (--left === 0) cb(); });
    vanish[i % vanish.length](s);
  }
}

// All bursts against one server, good clients alongside; cb(faults, served).
function against(server, kind, cb) {
  let accepted = 0;
  server.on('connection', () => accepted++);
  server.listen(0, '127.0.0.1', mustCall(() => {
    const port = server.address().port;
    const good = goodTraffic(kind, port);
    let n = 0;
    (function next() {
      if (n++ < BURSTS) return burst(port, next);
      good.stop((served) => whenEmptyClose(server, () => {
        console.log(`${kind}: ${accepted} connections accepted`);
        cb(BURSTS * PER_BURST, served);
      }));
    })();
  }));
}

const httpServer = http.createServer(answerHandler);
const echoServer = createEchoServer();
hangGuard(100000, 'connect-and-vanish');
against(httpServer, 'http', mustCall((f1, s1) => {
  against(echoServer, 'echo', mustCall((f2, s2) => summary('connect-and-vanish', f1 + f2, s1 + s2)));
}));
