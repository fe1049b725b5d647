'use strict';
// server.listen({ port: 0, signal: 'x' }) throws ERR_INVALID_ARG_TYPE.
const net = require('net');
try {
  net.createServer().listen({ port: 0, signal: 'x' });
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
