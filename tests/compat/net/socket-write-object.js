'use strict';
// socket.write({}) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  new net.Socket().write({});
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
