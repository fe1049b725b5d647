'use strict';
// Transfer-Encoding given twice, and chunked listed twice.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'two chunked headers', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'chunked, chunked', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'empty then chunked', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: \r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
]);
