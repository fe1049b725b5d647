'use strict';
// connect({ localAddress: 'x' }) throws ERR_INVALID_IP_ADDRESS.
const net = require('net');
try {
  net.connect({ port: 80, localAddress: 'x' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
