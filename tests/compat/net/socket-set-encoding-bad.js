'use strict';
// socket.setEncoding('nope') throws ERR_UNKNOWN_ENCODING.
const net = require('net');
try {
  new net.Socket().setEncoding('nope');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
