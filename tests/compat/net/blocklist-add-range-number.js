'use strict';
// blockList.addRange(1, '1.2.3.4') throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  new net.BlockList().addRange(1, '1.2.3.4');
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
