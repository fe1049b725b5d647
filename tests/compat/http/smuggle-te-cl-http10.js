'use strict';
// HTTP/1.0 has no chunked coding: Transfer-Encoding with Content-Length in a 1.0
// request, and Transfer-Encoding alone.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: '1.0 te and cl', data: 'POST / HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc' },
  { name: '1.0 te chunked alone', data: 'POST / HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n' },
  { name: '1.0 cl alone', data: 'POST / HTTP/1.0\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc' },
]);
