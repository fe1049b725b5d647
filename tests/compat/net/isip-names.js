'use strict';
// isIP on host names and other strings.
const net = require('net');
for (const x of ["","localhost","example.com","1","a.b.c.d","::g","undefined"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
