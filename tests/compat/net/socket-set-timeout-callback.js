'use strict';
// socket.setTimeout(1, 'x') throws ERR_INVALID_ARG_TYPE for the callback.
const net = require('net');
try {
  new net.Socket().setTimeout(1, 'x');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
