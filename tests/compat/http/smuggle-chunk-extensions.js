'use strict';
// Chunk extensions: accepted and skipped when well-formed, refused when they hide
// a line break or control byte.
const { runCases } = require('./fixtures/raw-cases');
const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'name=value', data: head + '3;name=value\r\nabc\r\n0\r\n\r\n' },
  { name: 'quoted value', data: head + '3;n="a b"\r\nabc\r\n0;last\r\n\r\n' },
  { name: 'bare LF in extension', data: head + '3;a\nb\r\nabc\r\n0\r\n\r\n' },
  { name: 'bare CR in extension', data: head + '3;a\rb\r\nabc\r\n0\r\n\r\n' },
  { name: 'NUL in extension', data: head + '3;a\0b\r\nabc\r\n0\r\n\r\n' },
]);
