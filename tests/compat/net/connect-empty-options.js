'use strict';
// net.connect({}) throws ERR_MISSING_ARGS.
const net = require('net');
try {
  net.connect({});
  console.log('no throw');
} catch (e) {
  console.log(e.name, e.code, e instanceof Error);
  console.log(e.message);
}
