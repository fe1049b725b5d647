'use strict';
// Chunk data must be followed by CRLF; line ends inside the chunked body are CRLF.
const { runCases } = require('./fixtures/raw-cases');
const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'data longer than size', data: head + '3\r\nabcde\r\n0\r\n\r\n' },
  { name: 'bare LF after size', data: head + '3\nabc\r\n0\r\n\r\n' },
  { name: 'bare LF after data', data: head + '3\r\nabc\n0\r\n\r\n' },
  { name: 'trailer header', data: head + '3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n' },
  { name: 'bad trailer name', data: head + '3\r\nabc\r\n0\r\nX T: 1\r\n\r\n' },
]);
