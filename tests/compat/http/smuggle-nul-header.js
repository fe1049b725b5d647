'use strict';
// NUL and other control bytes in header names and values.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'NUL in value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\nConnection: close\r\n\r\n' },
  { name: 'NUL in name', data: 'GET / HTTP/1.1\r\nHost: x\r\nX\0A: a\r\nConnection: close\r\n\r\n' },
  { name: 'DEL in value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x7fb\r\nConnection: close\r\n\r\n' },
  { name: 'control 0x01 in value', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\nConnection: close\r\n\r\n' },
  { name: 'tab and obs-text in value are fine', data: 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\tb\xe9\r\nConnection: close\r\n\r\n' },
]);
