'use strict';
// Content-Length is 1*DIGIT: a sign in front is refused.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'plus sign', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\nConnection: close\r\n\r\nabc' },
  { name: 'negative', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\nabc' },
  { name: 'minus zero', data: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -0\r\nConnection: close\r\n\r\n' },
]);
