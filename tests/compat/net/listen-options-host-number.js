'use strict';
// server.listen({ port: 0, host: 5 }) throws ERR_INVALID_ARG_VALUE.
const net = require('net');
try {
  net.createServer().listen({ port: 0, host: 5 });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
