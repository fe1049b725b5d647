'use strict';
// server.listen(65536) throws ERR_SOCKET_BAD_PORT with an options.port message.
const net = require('net');
try {
  net.createServer().listen(65536);
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
