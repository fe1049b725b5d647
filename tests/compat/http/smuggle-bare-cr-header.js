'use strict';
// A bare CR inside a header line (value or name) must not end the line.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'bare CR in value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\nConnection: close\r\n\r\n' },
  { name: 'bare CR ending value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\rConnection: close\r\n\r\n' },
  { name: 'bare CR in name', data: 'GET / HTTP/1.1\r\nHost: x\r\nX\rA: a\r\nConnection: close\r\n\r\n' },
  { name: 'bare CR in request line', data: 'GET /\r HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
]);
