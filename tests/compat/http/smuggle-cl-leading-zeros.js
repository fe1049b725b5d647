'use strict';
// Leading zeros are still 1*DIGIT; the value is read as decimal, never octal.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'leading zeros', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 003\r\nConnection: close\r\n\r\nabc' },
  { name: 'octal-looking 010', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 010\r\nConnection: close\r\n\r\n0123456789' },
  { name: 'all zeros', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0000\r\nConnection: close\r\n\r\n' },
]);
