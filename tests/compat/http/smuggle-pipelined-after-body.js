'use strict';
// What follows a request's body on the same connection is the next request; only
// the framing headers decide where the body ends.
const { runCases } = require('./fixtures/raw-cases');
const second = 'GET /second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'chunked then pipelined', data: 'POST /first HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n' + second },
  { name: 'request inside a content-length body', data: `POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: ${second.length}\r\nConnection: close\r\n\r\n${second}` },
  { name: 'body shorter than it looks', data: 'POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nX' + second },
  { name: 'cl.te smuggle', data: 'POST /first HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n' + second },
  { name: 'te.cl smuggle', data: `POST /first HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n${second.length.toString(16)}\r\n${second}\r\n0\r\n\r\n` },
  { name: 'body after bad chunk size', data: 'POST /first HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3x\r\nabc\r\n0\r\n\r\n' + second },
]);
