'use strict';
// typeof of the net module functions and classes.
const net = require('net');
for (const k of ['Socket', 'Server', 'Stream', 'connect', 'createConnection', 'createServer', 'isIP', 'isIPv4',
                 'isIPv6', 'BlockList', 'SocketAddress', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily'])
  console.log(k, typeof net[k]);
