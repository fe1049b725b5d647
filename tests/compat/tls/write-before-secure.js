'use strict';
// Writes made before the handshake finishes (even before the TCP connect) are
// held and sent encrypted once it does; their callbacks run in order.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions(), (s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log('server got', got);
    s.end();
  });
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') });
  const order = [];
  console.log('write returns', c.write('one,', () => order.push('cb1')));
  c.write(Buffer.from('two,'), () => order.push('cb2'));
  c.on('connect', () => c.write('three,', () => order.push('cb3')));
  c.on('secureConnect', () => {
    order.push('secureConnect');
    c.end('four', () => order.push('end cb'));
  });
  c.resume();
  c.on('close', () => {
    console.log(order.join(' '));
    server.close();
  });
});
