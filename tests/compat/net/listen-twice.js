'use strict';
// A second listen() while listening throws ERR_SERVER_ALREADY_LISTEN.
const net = require('net');
const s = net.createServer().listen(0);
setImmediate(() => s.close());
try {
  s.listen(0);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
