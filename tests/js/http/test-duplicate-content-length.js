'use strict';
// Two Content-Length headers are rejected with 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400);
