'use strict';
// Request trailers count against the header size limit: one huge trailer and many
// small trailers both end in 431 / HPE_HEADER_OVERFLOW after the body was already
// delivered (so the request sees an ECONNRESET error); small trailers are accepted.
const { runCases } = require('./fixtures/raw-cases');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n';
runCases([
  { name: '20k trailer', data: head + 'X-T: ' + 'a'.repeat(20000) + '\r\n\r\n' },
  { name: '3000 small trailers', data: head + Array.from({ length: 3000 }, (_, i) => `T${i}: v\r\n`).join('') + '\r\n' },
  { name: 'two small trailers', data: head + 'X-A: 1\r\nX-B: 2\r\n\r\n' },
]);
