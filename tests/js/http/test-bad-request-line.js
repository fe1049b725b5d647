'use strict';
// A malformed request line gets 400 and a close; the server goes on.
const { expectRejected } = require('./fixtures/raw');
expectRejected('NOT HTTP AT ALL\r\n\r\n', 400);
