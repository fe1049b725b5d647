'use strict';
// net.connect('65536') throws ERR_SOCKET_BAD_PORT.
const net = require('net');
try {
  net.connect('65536');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
