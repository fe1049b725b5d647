'use strict';
// An IPv6 prefix of 129 throws ERR_OUT_OF_RANGE.
const net = require('net');
try {
  new net.BlockList().addSubnet('::1', 129, 'ipv6');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
