'use strict';
// Fault: peers that connect and vanish at once: destroyed before the connect
// completes, closed (FIN) or reset (RST) the moment it completes, or closed on the
// next turn of the loop, in bursts, so the server accepts connections that are
// already gone. Against an http server and a net echo server, while good clients
// keep being served; both end with no connection.
const http = require('http');
const net = require('net');
const {
  answerHandler, createEchoServer, underFaults, inOrder, allAtOnce, hangGuard, summary, mustCall,
} = require('./common');

const BURSTS = 15;
const PER_BURST = 20;

const vanish = [
  (s) => s.destroy(),
  (s) => s.on('connect', () => s.destroy()),
  (s) => s.on('connect', () => s.resetAndDestroy()),
  (s) => s.on('connect', () => setImmediate(() => s.end())),
];

// A peer that vanishes the given way; cb once it has closed.
function vanisher(how) {
  return (port, cb) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('error', () => {});
    s.on('close', cb);
    how(s);
  };
}

// BURSTS in turn, each of PER_BURST peers at once.
const burst = [];
for (let i = 0; i < PER_BURST; i++) burst.push(vanisher(vanish[i % vanish.length]));
const bursts = [];
for (let n = 0; n < BURSTS; n++) bursts.push((port, cb) => allAtOnce(burst, port, cb));

function against(server, kind, cb) {
  let accepted = 0;
  server.on('connection', () => accepted++);
  const faults = (port, done) => inOrder(bursts, port, () => done(BURSTS * PER_BURST));
  underFaults(server, kind, faults, mustCall((injected, served) => {
    console.log(`${kind}: ${accepted} connections accepted`);
    cb(injected, served);
  }));
}

const httpServer = http.createServer(answerHandler);
const echoServer = createEchoServer();
hangGuard(100000, 'connect-and-vanish');
against(httpServer, 'http', mustCall((f1, s1) => {
  against(echoServer, 'echo', mustCall((f2, s2) => summary('connect-and-vanish', f1 + f2, s1 + s2)));
}));
