'use strict';
// new net.Socket({ signal: 'x' }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  new net.Socket({ signal: 'x' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
