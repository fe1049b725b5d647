'use strict';
// Oversized chunk extensions in a request body (Node's 16 KiB limit): the default
// reply (413 Payload Too Large), the 'clientError' code/message
// (HPE_CHUNK_EXTENSIONS_OVERFLOW), extensions spread over several chunks, and a
// large-but-allowed extension that still reaches the handler.
const { runCases } = require('./fixtures/raw-cases');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
runCases([
  { name: '20k extension', data: head + '3;ext=' + 'a'.repeat(20000) + '\r\nabc\r\n0\r\n\r\n' },
  { name: '10k extension', data: head + '3;ext=' + 'a'.repeat(10000) + '\r\nabc\r\n0\r\n\r\n' },
  { name: '3 x 7k extensions', data: head + ['x', 'y', 'z'].map((c) => '1;e=' + 'b'.repeat(7000) + '\r\n' + c + '\r\n').join('') + '0\r\n\r\n' },
  { name: '20k extension on last chunk', data: head + '3\r\nabc\r\n0;ext=' + 'c'.repeat(20000) + '\r\n\r\n' },
]);
