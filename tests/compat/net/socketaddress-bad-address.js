'use strict';
// new SocketAddress({ address: 'nope' }) throws ERR_INVALID_ADDRESS.
const net = require('net');
try {
  new net.SocketAddress({ address: 'nope' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
