'use strict';
// new net.Socket().connect() throws ERR_MISSING_ARGS.
const net = require('net');
try {
  new net.Socket().connect();
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
