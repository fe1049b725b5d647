'use strict';
// net.createServer('x') throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.createServer('x');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
