'use strict';
// The request line is method SP target SP version, single spaces only.
const { runCases } = require('./fixtures/raw-cases');
const rest = '\r\nHost: x\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'two spaces after method', data: 'GET  / HTTP/1.1' + rest },
  { name: 'two spaces before version', data: 'GET /  HTTP/1.1' + rest },
  { name: 'trailing space', data: 'GET / HTTP/1.1 ' + rest },
  { name: 'leading space', data: ' GET / HTTP/1.1' + rest },
  { name: 'tab separator', data: 'GET\t/ HTTP/1.1' + rest },
  { name: 'no version', data: 'GET /' + rest },
]);
