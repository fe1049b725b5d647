'use strict';
// The HPE_* error a malformed response gives is made as Node's is: an Error with a
// stack whose first line has the final message, `message` not enumerable, and
// bytesParsed, code, reason and rawPacket as own enumerable properties.
const http = require('http');
const net = require('net');
const server = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 2000 OK\r\n\r\n')));
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('error', (e) => {
    console.log(Object.keys(e).join(','), e instanceof Error, e.code, e.bytesParsed);
    console.log(typeof e.stack, String(e.stack).split('\n')[0]);
    const d = Object.getOwnPropertyDescriptor(e, 'message');
    console.log(d.value, d.enumerable, d.writable, d.configurable);
    server.close();
  });
});
