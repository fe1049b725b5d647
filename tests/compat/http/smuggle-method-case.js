'use strict';
// Methods are case-sensitive tokens: lower-case and unknown ones.
const { runCases } = require('./fixtures/raw-cases');
const rest = ' / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'lower-case get', data: 'get' + rest },
  { name: 'mixed-case Post', data: 'Post' + rest },
  { name: 'unknown token FOO', data: 'FOO' + rest },
  { name: 'known PURGE', data: 'PURGE' + rest },
  { name: 'GETX', data: 'GETX' + rest },
]);
