'use strict';
// isIP, isIPv4, isIPv6 on non-string values do not throw.
const net = require('net');
for (const x of [undefined, null, 127, 0, {}, [], true, ['127.0.0.1'], { toString() { return '::1'; } }])
  console.log(String(x && x.toString ? x.toString() : x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
