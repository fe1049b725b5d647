'use strict';
// An IPv4 exchange on 127.0.0.1: addresses and families on both ends are IPv4.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  assert.strictEqual(sock.localAddress, '127.0.0.1');
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(sock.localFamily, 'IPv4');
  sock.end('v4');
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  assert.deepStrictEqual(server.address(),
                         { address: '127.0.0.1', family: 'IPv4', port: server.address().port });
  const client = net.connect({ port: server.address().port, host: '127.0.0.1' }, mustCall(() => {
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, server.address().port);
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.strictEqual(client.address().family, 'IPv4');
  }));
  client.setEncoding('utf8');
  client.on('data', mustCall((d) => assert.strictEqual(d, 'v4')));
  client.on('close', mustCall(() => server.close()));
}));
