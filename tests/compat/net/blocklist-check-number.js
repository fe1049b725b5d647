'use strict';
// blockList.check(1) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  new net.BlockList().check(1);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
