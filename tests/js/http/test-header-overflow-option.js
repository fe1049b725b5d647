'use strict';
// A smaller maxHeaderSize option is honored with 431.
const { expectRejected } = require('./fixtures/raw');
expectRejected('GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(600) + '\r\n\r\n', 431, { maxHeaderSize: 512 });
