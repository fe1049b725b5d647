'use strict';
// isIP on malformed IPv6 addresses.
const net = require('net');
for (const x of ["1:2:3:4:5:6:7:8:9","1::2::3",":::1","gggg::1","12345::1","::ffff:256.0.0.1","[::1]","1:2:3:4:5:6:7",":1","1:"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
