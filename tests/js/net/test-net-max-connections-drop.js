'use strict';
// maxConnections: a connection over the limit is closed at once and the server emits
// 'drop' with { localAddress, localPort, localFamily, remoteAddress, remotePort,
// remoteFamily }; the dropped client sees 'end' and 'close'.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall(() => {}, 1));
server.maxConnections = 1;
server.on('drop', mustCall((data) => {
  assert.deepStrictEqual(Object.keys(data), ['localAddress', 'localPort', 'localFamily',
                                             'remoteAddress', 'remotePort', 'remoteFamily']);
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', mustCall(() => {
    const second = net.connect(port, '127.0.0.1');
    second.resume();
    second.on('end', mustCall());
    second.on('close', mustCall(() => {
      first.destroy();
      server.close();
    }));
  }));
}));
