'use strict';
// Bytes that may not appear in a request target: controls, DEL, quotes, non-ASCII.
const { runCases } = require('./fixtures/raw-cases');
const rest = ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'control 0x01', data: 'GET /a\x01b' + rest },
  { name: 'DEL', data: 'GET /a\x7fb' + rest },
  { name: 'NUL', data: 'GET /a\0b' + rest },
  { name: 'double quote and braces', data: 'GET /a"{b}|' + rest },
  { name: 'non-ASCII byte', data: 'GET /caf\xe9' + rest },
  { name: 'fragment and percent', data: 'GET /a%zz#frag' + rest },
]);
