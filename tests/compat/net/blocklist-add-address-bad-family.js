'use strict';
// blockList.addAddress('1.2.3.4', 'ipv7') throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  new net.BlockList().addAddress('1.2.3.4', 'ipv7');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
