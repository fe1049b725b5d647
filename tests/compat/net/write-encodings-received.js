'use strict';
// Strings written in several encodings arrive as the expected bytes (the first
// write goes straight to the kernel, the later ones queue behind it).
const net = require('net');
const server = net.createServer((s) => {
  const got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => { console.log(Buffer.concat(got).toString('hex')); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.write('\u0100\u20acx', 'latin1');  // beyond Latin-1: the low bytes, as Node writes them
    c.write('é', 'latin1');
    c.write('é', 'utf8');
    c.write('AQI=', 'base64');
    c.write('ab', 'utf16le');
    c.write('7f', 'hex');
    c.end('z', 'ascii');
  });
});
