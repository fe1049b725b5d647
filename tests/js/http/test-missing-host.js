'use strict';
// An HTTP/1.1 request without Host gets 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('GET / HTTP/1.1\r\n\r\n', 400);
