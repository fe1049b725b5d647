'use strict';
// socket.write('x', 'nope') throws ERR_UNKNOWN_ENCODING.
const net = require('net');
try {
  new net.Socket().write('x', 'nope');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
