'use strict';
// isIP on valid IPv4 addresses.
const net = require('net');
for (const x of ["127.0.0.1","0.0.0.0","255.255.255.255","1.2.3.4","10.0.0.1","192.168.1.255"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
