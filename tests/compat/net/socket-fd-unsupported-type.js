'use strict';
// new net.Socket({ fd }) checks the fd's type first: a regular file (and stdin, which
// the test runners attach to /dev/null) is ERR_INVALID_FD_TYPE "Unsupported fd type:
// FILE"; an fd that is not open is ERR_INVALID_FD_TYPE "... UNKNOWN"; range errors
// for non-integer and too-large fds come before that.
const net = require('net');
const fs = require('fs');
function t(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok', s.readyState);
    s.destroy();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const fd = fs.openSync(__filename, 'r');
t('regular file', () => new net.Socket({ fd }));
t('net.Socket(fd number)', () => new net.Socket(fd));
t('createConnection({ fd })', () => net.createConnection({ fd }));
fs.closeSync(fd);
t('closed fd', () => new net.Socket({ fd }));
t('stdin (/dev/null)', () => new net.Socket({ fd: 0 }));
t('fd 1.5', () => new net.Socket({ fd: 1.5 }));
t('fd 2**31', () => new net.Socket({ fd: 2 ** 31 }));
