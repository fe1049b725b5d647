'use strict';
// connect({ localPort: 'x' }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.connect({ port: 80, localPort: 'x' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
