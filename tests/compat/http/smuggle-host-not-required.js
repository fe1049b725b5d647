'use strict';
// requireHostHeader: false lets an HTTP/1.1 request without Host through.
const { runCases } = require('./fixtures/raw-cases');
runCases([
  { name: 'missing host', data: 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n' },
], { requireHostHeader: false });
