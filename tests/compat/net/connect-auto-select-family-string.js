'use strict';
// connect({ autoSelectFamily: 'yes' }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.connect({ port: 80, autoSelectFamily: 'yes' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
