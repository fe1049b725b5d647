'use strict';
// server.listen({ port: 1.5 }) throws ERR_SOCKET_BAD_PORT.
const net = require('net');
try {
  net.createServer().listen({ port: 1.5 });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
