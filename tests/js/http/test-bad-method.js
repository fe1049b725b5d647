'use strict';
// An invalid method token gets 400.
const { expectRejected } = require('./fixtures/raw');
expectRejected('G(T / HTTP/1.1\r\nHost: x\r\n\r\n', 400);
