'use strict';
// net.createServer(5) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.createServer(5);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
