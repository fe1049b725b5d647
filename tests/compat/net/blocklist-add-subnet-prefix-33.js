'use strict';
// An IPv4 prefix of 33 throws ERR_OUT_OF_RANGE.
const net = require('net');
try {
  new net.BlockList().addSubnet('1.2.3.4', 33);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
