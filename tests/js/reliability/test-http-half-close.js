'use strict';
// Fault: peers that send their request(s) and at once end their write side (FIN),
// then wait for the answer. As in Node:
// - on a default server (httpAllowHalfOpen false) requests already answered when
//   the FIN is read get their answers, then the server ends the connection; here
//   the handler answers at once, also for pipelined requests;
// - with server.httpAllowHalfOpen = true the server keeps the write side open, so
//   an answer given later still arrives.
// Good clients are served meanwhile; both servers end with no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const {
  expectedAnswer, answerHandler, goodTraffic, whenEmptyClose, hangGuard, summary, mustCall,
} = require('./common');

const ROUNDS = 15;

// Answers GETs in the request handler itself (they carry no body).
const eager = http.createServer((req, res) => {
  if (req.method === 'GET') res.end(expectedAnswer(req.method, req.url, Buffer.alloc(0)));
  else answerHandler(req, res);
});
// Answers a little later, once the FIN has certainly been read.
const late = http.createServer((req, res) => setTimeout(answerHandler, 20, req, res));
late.httpAllowHalfOpen = true;

// Sends `requests` (raw text) with end(), collects the answer until the server
// closes, and checks the bodies in order.
function halfClosePeer(port, requests, bodies, cb) {
  const s = net.connect(port, '127.0.0.1', () => s.end(requests));
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    const answers = got.split('HTTP/1.1 200 OK\r\n').slice(1);
    assert.strictEqual(answers.length, bodies.length, got);
    answers.forEach((a, i) => assert.ok(a.endsWith(`\r\n\r\n${bodies[i]}`), a));
    cb();
  }));
}

function get(path) { return `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`; }

function eagerFaults(port, cb) {
  let i = 0;
  (function next() {
    if (i === ROUNDS) return cb(2 * ROUNDS);
    const p = `/eager/${i++}`;
    // One request, then three pipelined ones, each followed by a FIN.
    halfClosePeer(port, get(p), [`GET ${p} 0 0`], () => {
      halfClosePeer(port, get(`${p}/a`) + get(`${p}/b`) + get(`${p}/c`),
                    ['a', 'b', 'c'].map((x) => `GET ${p}/${x} 0 0`), next);
    });
  })();
}

function lateFaults(port, cb) {
  let i = 0;
  (function next() {
    if (i === ROUNDS) return cb(ROUNDS);
    const p = `/late/${i++}`;
    const body = Buffer.from(`body-${i}`);
    const request = `POST ${p} HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    halfClosePeer(port, request, [expectedAnswer('POST', p, body)], next);
  })();
}

// Runs the faults against one server while good clients use it; cb(faults, served).
function against(server, faults, cb) {
  server.listen(0, '127.0.0.1', mustCall(() => {
    const port = server.address().port;
    const good = goodTraffic('http', port);
    faults(port, (injected) => good.stop((served) => whenEmptyClose(server, () => cb(injected, served))));
  }));
}

hangGuard(60000, 'half-close faults');
against(eager, eagerFaults, mustCall((f1, s1) => {
  against(late, lateFaults, mustCall((f2, s2) => summary('http half-close', f1 + f2, s1 + s2)));
}));
