'use strict';
// Host handling: missing in HTTP/1.1 (requireHostHeader), empty, duplicated.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'missing host', data: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n' },
  { name: 'empty host', data: 'GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n' },
  { name: 'two hosts', data: 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n' },
  { name: 'missing host 1.0', data: 'GET / HTTP/1.0\r\n\r\n' },
]);
