'use strict';
// write(data, encoding, cb) and write(data, cb) forms both call back.
const net = require('net');
const server = net.createServer((s) => {
  let got = [];
  s.on('data', (d) => got.push(d));
  s.on('end', () => { console.log(Buffer.concat(got).toString('hex')); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    c.write('ff00', 'hex', () => console.log('cb1'));
    c.write('A', () => console.log('cb2'));
    c.end();
  });
});
