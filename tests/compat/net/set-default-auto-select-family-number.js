'use strict';
// net.setDefaultAutoSelectFamily(5) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.setDefaultAutoSelectFamily(5);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
