'use strict';
// A string prefix throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  new net.BlockList().addSubnet('1.2.3.4', '8');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
