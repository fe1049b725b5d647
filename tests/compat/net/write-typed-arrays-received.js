'use strict';
// Uint8Array, Uint16Array and DataView writes arrive byte for byte.
const net = require('net');
const server = net.createServer((s) => {
  const got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => { console.log(Buffer.concat(got).toString('hex')); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.write(new Uint8Array([1, 2, 3]));
    c.write(new Uint16Array([0x0405]));
    const dv = new DataView(new ArrayBuffer(4), 1, 2);
    dv.setUint8(0, 9);
    c.end(dv);
  });
});
