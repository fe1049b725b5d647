'use strict';
// net.connect(true) throws ERR_INVALID_ARG_TYPE (port must be number or string).
const net = require('net');
try {
  net.connect(true);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
