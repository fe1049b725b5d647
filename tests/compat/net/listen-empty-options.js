'use strict';
// server.listen({}) throws ERR_INVALID_ARG_VALUE (needs port or path).
const net = require('net');
try {
  net.createServer().listen({});
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
