'use strict';
// connect({ family: 5 }) throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  net.connect({ port: 80, host: 'localhost', family: 5 });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
