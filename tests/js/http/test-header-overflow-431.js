'use strict';
// Headers beyond maxHeaderSize (16 KiB) get 431.
const { expectRejected } = require('./fixtures/raw');
expectRejected('GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(17000) + '\r\n\r\n', 431);
