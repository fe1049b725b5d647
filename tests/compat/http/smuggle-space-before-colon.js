'use strict';
// Whitespace between a header name and the colon must be refused (RFC 9112 5.1):
// a proxy that strips it would see a different Transfer-Encoding than we do.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'space before colon', data: 'GET / HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n' },
  { name: 'tab before colon', data: 'GET / HTTP/1.1\r\nHost\t: x\r\nConnection: close\r\n\r\n' },
  { name: 'te with space before colon', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding : chunked\r\nConnection: close\r\n\r\n0\r\n\r\n' },
  { name: 'no space after colon is fine', data: 'GET / HTTP/1.1\r\nHost:x\r\nX-A:\t1 \r\nConnection: close\r\n\r\n' },
]);
