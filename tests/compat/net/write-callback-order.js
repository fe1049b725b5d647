'use strict';
// Write callbacks run in order, then end's callback, then 'finish'.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const order = [];
  const c = net.connect(port, '127.0.0.1', () => {
    for (let i = 0; i < 3; i++) c.write('x'.repeat(1000), () => order.push('w' + i));
    c.end(() => order.push('end-cb'));
  });
  c.on('finish', () => order.push('finish'));
  c.resume();
  c.on('close', () => { console.log(order.join(' ')); server.close(); });
});
