'use strict';
// Content-Length together with Transfer-Encoding is rejected with 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400);
