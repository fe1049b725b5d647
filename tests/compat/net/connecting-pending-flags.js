'use strict';
// connecting and pending flags before, during and after connect.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = new net.Socket();
  const out = [];
  out.push([c.connecting, c.pending].join('/'));
  c.connect(port, '127.0.0.1');
  out.push([c.connecting, c.pending].join('/'));
  c.on('connect', () => out.push([c.connecting, c.pending].join('/')));
  c.resume();
  c.on('close', () => { out.push([c.connecting, c.pending].join('/')); console.log(out.join(' ')); server.close(); });
});
