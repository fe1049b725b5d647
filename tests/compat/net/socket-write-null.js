'use strict';
// socket.write(null) throws ERR_STREAM_NULL_VALUES.
const net = require('net');
try {
  new net.Socket().write(null);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
