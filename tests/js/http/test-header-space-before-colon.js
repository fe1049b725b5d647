'use strict';
// A space before the header colon is rejected with 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('GET / HTTP/1.1\r\nHost : x\r\n\r\n', 400);
