'use strict';
// isIP on valid IPv6 addresses.
const net = require('net');
for (const x of ["::1","::","fe80::1","::ffff:127.0.0.1","2001:db8::ff00:42:8329","2001:0db8:0000:0000:0000:ff00:0042:8329","1:2:3:4:5:6:7:8","1::","FE80::ABCD"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
