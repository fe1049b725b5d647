'use strict';
// net.connect(-1) throws ERR_SOCKET_BAD_PORT.
const net = require('net');
try {
  net.connect(-1);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
