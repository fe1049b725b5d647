'use strict';
// localAddress and localPort bind the client's end before connecting; the server
// sees that address and port as the remote end.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

// Pick a free local port by binding a throwaway server to port 0.
const probe = net.createServer().listen(0, '127.0.0.1', mustCall(() => {
  const localPort = probe.address().port;
  probe.close(mustCall(() => {
    const server = net.createServer(mustCall((sock) => {
      assert.strictEqual(sock.remoteAddress, '127.0.0.1');
      assert.strictEqual(sock.remotePort, localPort);
      sock.end();
    }));
    server.listen(0, '127.0.0.1', mustCall(() => {
      const c = net.connect({ port: server.address().port, host: '127.0.0.1',
                              localAddress: '127.0.0.1', localPort }, mustCall(() => {
        assert.strictEqual(c.localAddress, '127.0.0.1');
        assert.strictEqual(c.localPort, localPort);
      }));
      c.resume();
      c.on('close', mustCall(() => server.close()));
    }));
  }));
}));
