'use strict';
// Transfer-Encoding whose last coding is not chunked is rejected with 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n', 400);
