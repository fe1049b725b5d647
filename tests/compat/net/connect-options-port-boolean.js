'use strict';
// connect({ port: true }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.connect({ port: true });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
