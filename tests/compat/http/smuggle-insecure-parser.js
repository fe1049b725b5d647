'use strict';
// insecureHTTPParser: true relaxes llhttp (Node's lenient flags). The same hostile
// shapes as the strict tests, to show which become accepted and how they are read.
const { runCases } = require('./fixtures/raw-cases');
const close = 'Connection: close\r\n\r\n';
runCases([
  { name: 'NUL in header value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n' + close },
  { name: 'cl and te', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n' + close + '1\r\na\r\n0\r\n\r\n' },
  { name: 'bare LF line ends', data: 'GET / HTTP/1.1\nHost: x\nConnection: close\n\n' },
  { name: 'bare CR in value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n' + close },
  { name: 'chunk data without CRLF', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' + close + '1\r\na0\r\n\r\n' },
  { name: 'space after chunk size', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' + close + '1 \r\na\r\n0\r\n\r\n' },
  { name: 'te not chunked last, body to EOF', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n' + close + 'abc', end: true },
], { insecureHTTPParser: true });
