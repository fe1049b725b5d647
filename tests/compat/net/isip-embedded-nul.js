// isIPv4/isIP with a NUL inside or around an otherwise valid dotted quad: not an address.
const net = require('net');
for (const s of ['1.2.3.4\0', '1.2.3.4\u0000x', '\u00001.2.3.4', '1.2.3.4']) console.log(JSON.stringify(s), net.isIPv4(s), net.isIP(s));
