'use strict';
// connect({ port: null }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.connect({ port: null });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
