'use strict';
// new SocketAddress({ flowlabel: -1 }) throws ERR_OUT_OF_RANGE.
const net = require('net');
try {
  new net.SocketAddress({ family: 'ipv6', address: '::1', flowlabel: -1 });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
