'use strict';
// server.listen(true) throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  net.createServer().listen(true);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
