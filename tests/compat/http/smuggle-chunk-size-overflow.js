'use strict';
// A chunk size past 64 bits must be refused, not wrapped to a small number.
const { runCases } = require('./fixtures/raw-cases');
const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
runCases([
  { name: '17 hex digits', data: head + '10000000000000003\r\nabc\r\n0\r\n\r\n' },
  { name: '17 f', data: head + 'fffffffffffffffff\r\nabc\r\n0\r\n\r\n' },
  { name: 'leading zeros are fine', data: head + '00000000000000000003\r\nabc\r\n0\r\n\r\n' },
]);
