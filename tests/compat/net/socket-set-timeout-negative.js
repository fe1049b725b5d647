'use strict';
// socket.setTimeout(-1) throws ERR_OUT_OF_RANGE.
const net = require('net');
try {
  new net.Socket().setTimeout(-1);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
