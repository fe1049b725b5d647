'use strict';
// Fault: peers that dribble their requests one byte per write with a pause in
// between: a GET, a POST with Content-Length, a chunked POST with a chunk
// extension and a trailer, and two pipelined requests. Every byte boundary falls
// somewhere inside the request line, a header, a chunk size or the body; each
// request must still parse and get its exact answer. Good clients are served
// meanwhile; the server ends with no connection.
const http = require('http');
const net = require('net');
const {
  expectedAnswer, answerHandler, underFaults, inOrder, allAtOnce, hangGuard, summary, mustCall,
  collectUntilClose, checkAnswers,
} = require('./common');

const CONCURRENT = 6;
const server = http.createServer(answerHandler);

const body = 'dribbled body: 0123456789';
const shapes = [
  { raw: 'GET /drip/get?q=1 HTTP/1.1\r\nHost: x\r\nX-Long-Header: ' + 'v'.repeat(40) + '\r\nConnection: close\r\n\r\n',
    answers: [expectedAnswer('GET', '/drip/get?q=1', Buffer.alloc(0))] },
  { raw: `POST /drip/cl HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    answers: [expectedAnswer('POST', '/drip/cl', Buffer.from(body))] },
  { raw: 'POST /drip/chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
         'a;ext=1\r\n0123456789\r\n11\r\nabcdefghijklmnopq\r\n0\r\nX-Trailer: t\r\n\r\n',
    answers: [expectedAnswer('POST', '/drip/chunked', Buffer.from('0123456789abcdefghijklmnopq'))] },
  { raw: 'GET /drip/one HTTP/1.1\r\nHost: x\r\n\r\n' +
         'POST /drip/two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nxyz',
    answers: [expectedAnswer('GET', '/drip/one', Buffer.alloc(0)), expectedAnswer('POST', '/drip/two', Buffer.from('xyz'))] },
];

// Writes raw one byte at a time (the next after the previous one's write callback
// and a 1 ms pause); checks the answers once the server closes the connection.
function dribble(port, { raw, answers }, cb) {
  const s = net.connect(port, '127.0.0.1');
  let i = 0;
  (function next() {
    if (i < raw.length) s.write(raw[i++], () => setTimeout(next, 1));
  })();
  collectUntilClose(s, (got) => {
    checkAnswers(got, answers);
    cb();
  });
}

hangGuard(100000, 'byte-at-a-time peers');
// CONCURRENT lanes at once, each dribbling every shape in turn.
const lane = shapes.map((shape) => (port, next) => dribble(port, shape, next));
const lanes = [];
for (let k = 0; k < CONCURRENT; k++) lanes.push((port, cb) => inOrder(lane, port, cb));
underFaults(server, 'http', (port, done) => allAtOnce(lanes, port, () => done(CONCURRENT * lane.length)),
            mustCall((injected, served) => summary('http byte-at-a-time', injected, served)));
