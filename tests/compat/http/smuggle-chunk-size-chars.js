'use strict';
// Chunk sizes are 1*HEXDIG: prefixes, signs and spaces are refused.
const { runCases } = require('./fixtures/raw-cases');
const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'upper-case hex is fine', data: head + 'A\r\n0123456789\r\n0\r\n\r\n' },
  { name: '0x prefix', data: head + '0x3\r\nabc\r\n0\r\n\r\n' },
  { name: 'plus sign', data: head + '+3\r\nabc\r\n0\r\n\r\n' },
  { name: 'minus sign', data: head + '-3\r\nabc\r\n0\r\n\r\n' },
  { name: 'leading space', data: head + ' 3\r\nabc\r\n0\r\n\r\n' },
  { name: 'space after size', data: head + '3 \r\nabc\r\n0\r\n\r\n' },
  { name: 'empty size', data: head + '\r\nabc\r\n0\r\n\r\n' },
]);
