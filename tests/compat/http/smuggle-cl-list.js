'use strict';
// Content-Length with a list, inner spaces or a hex value.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'comma list', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\nConnection: close\r\n\r\nabc' },
  { name: 'inner space', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1 3\r\nConnection: close\r\n\r\nabc' },
  { name: 'hex', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x3\r\nConnection: close\r\n\r\nabc' },
  { name: 'trailing space is fine', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3 \r\nConnection: close\r\n\r\nabc' },
  { name: 'empty', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \r\nConnection: close\r\n\r\nabc' },
]);
