'use strict';
// new SocketAddress({ family: 'x' }) throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  new net.SocketAddress({ family: 'x' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
