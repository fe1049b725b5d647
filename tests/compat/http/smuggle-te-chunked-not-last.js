'use strict';
// A request whose Transfer-Encoding list does not end in chunked has no reliable
// length (RFC 9112 6.3): refused, with or without Content-Length.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'chunked, identity', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'chunked, gzip with content-length', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc' },
  { name: 'gzip, chunked is fine', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'chunked then identity headers', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
]);
