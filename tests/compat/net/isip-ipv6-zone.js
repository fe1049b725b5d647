'use strict';
// isIP accepts IPv6 addresses with a zone id.
const net = require('net');
for (const x of ["fe80::1%eth0","fe80::1%1","fe80::1%","::1%lo"]) console.log(JSON.stringify(x), net.isIP(x), net.isIPv4(x), net.isIPv6(x));
