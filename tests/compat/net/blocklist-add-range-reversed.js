'use strict';
// blockList.addRange(end, start) throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  new net.BlockList().addRange('10.0.0.10', '10.0.0.1');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
