'use strict';
// isIP on malformed IPv4 addresses.
const net = require('net');
for (const x of ["256.0.0.1","1.2.3","1.2.3.4.5","01.2.3.4","1.2.3.04","1.2.3.-1"," 1.2.3.4","1.2.3.4 ","0x7f.0.0.1","1..2.3","1.2.3.4.","127.1"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
