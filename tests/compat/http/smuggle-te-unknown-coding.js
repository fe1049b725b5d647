'use strict';
// Transfer-Encoding values that only look like chunked are not chunked; a request
// with any other coding as the final one is refused.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'xchunked', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'chunkedx', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunkedx\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'xchunked with content-length', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc' },
  { name: 'identity', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\nConnection: close\r\n\r\nabc' },
  { name: 'upper-case CHUNKED', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: CHUNKED\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
  { name: 'quoted chunked', data: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "chunked"\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n' },
]);
