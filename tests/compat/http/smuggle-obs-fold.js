'use strict';
// Obsolete line folding (RFC 9112 5.2): a header value continued on the next line,
// in an ordinary header and in the framing headers.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'fold with space', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n 2\r\nConnection: close\r\n\r\n' },
  { name: 'fold with tab', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n\t2\r\nConnection: close\r\n\r\n' },
  { name: 'fold in transfer-encoding', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'fold in content-length', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n 1\r\nConnection: close\r\n\r\na' },
  { name: 'fold before first header', data: 'GET / HTTP/1.1\r\n X-A: 1\r\nHost: x\r\nConnection: close\r\n\r\n' },
]);
