'use strict';
// An invalid chunk size gets 400 (request smuggling shape).
const { expectRejected } = require('./fixtures/raw');
expectRejected('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\n', 400);
