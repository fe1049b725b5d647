'use strict';
// A Content-Length that overflows 64 bits must be refused, not wrapped.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: '2^64', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551616\r\nConnection: close\r\n\r\nabc' },
  { name: '2^64 + 3', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551619\r\nConnection: close\r\n\r\nabc' },
  { name: 'many digits', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999999999\r\nConnection: close\r\n\r\nabc' },
]);
