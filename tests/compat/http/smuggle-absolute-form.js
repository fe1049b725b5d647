'use strict';
// Absolute-form and authority-form request targets: what req.url shows.
const { runCases } = require('./fixtures/raw-cases');
const rest = ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
runCases([
  { name: 'absolute http', data: 'GET http://example.com/a?b=1' + rest },
  { name: 'absolute with other host', data: 'GET http://evil.example:8080/p' + rest },
  { name: 'asterisk for OPTIONS', data: 'OPTIONS *' + rest },
  { name: 'asterisk for GET', data: 'GET *' + rest },
  { name: 'no leading slash', data: 'GET abc' + rest },
]);
