'use strict';
// Fault: peers that send their request(s) and at once end their write side (FIN),
// then wait for the answer. As in Node:
// - on a default server (httpAllowHalfOpen false) requests already answered when
//   the FIN is read get their answers, then the server ends the connection; here
//   the handler answers at once, also for pipelined requests;
// - with server.httpAllowHalfOpen = true the server keeps the write side open, so
//   an answer given later still arrives.
// Good clients are served meanwhile; both servers end with no connection.
const http = require('http');
const net = require('net');
const {
  expectedAnswer, answerHandler, underFaults, inOrder, hangGuard, summary, mustCall,
  collectUntilClose, checkAnswers,
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
  collectUntilClose(s, (got) => {
    checkAnswers(got, bodies);
    cb();
  });
}

function get(path) { return `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`; }

// One request, then three pipelined ones, each set followed by a FIN.
const eagerFaults = [];
for (let i = 0; i < ROUNDS; i++) {
  const p = `/eager/${i}`;
  eagerFaults.push((port, next) => halfClosePeer(port, get(p), [`GET ${p} 0 0`], next));
  eagerFaults.push((port, next) => halfClosePeer(port, get(`${p}/a`) + get(`${p}/b`) + get(`${p}/c`),
                                                 ['a', 'b', 'c'].map((x) => `GET ${p}/${x} 0 0`), next));
}

// A POST with a body, then a FIN; the answer comes 20 ms later.
const lateFaults = [];
for (let i = 0; i < ROUNDS; i++) {
  const p = `/late/${i}`;
  const body = Buffer.from(`body-${i}`);
  const request = `POST ${p} HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  lateFaults.push((port, next) => halfClosePeer(port, request, [expectedAnswer('POST', p, body)], next));
}

hangGuard(60000, 'half-close faults');
underFaults(eager, 'http', (port, done) => inOrder(eagerFaults, port, done), mustCall((f1, s1) => {
  underFaults(late, 'http', (port, done) => inOrder(lateFaults, port, done), mustCall((f2, s2) => {
    summary('http half-close', f1 + f2, s1 + s2);
  }));
}));
