'use strict';
// A server on a unix socket path: address() is the path, clients connect by path in
// all three forms, data flows both ways, remoteAddress is undefined.
const assert = require('assert');
const net = require('net');
const { mustCall, pipePath } = require('./common');

const path = pipePath('unix');
let conns = 0;
const server = net.createServer(mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, undefined);
  sock.pipe(sock);
}, 3));
server.listen(path, mustCall(() => {
  assert.strictEqual(server.address(), path);
  const forms = [
    () => net.connect(path),
    () => net.connect({ path }),
    () => net.createConnection(path),
  ];
  for (const make of forms) {
    const c = make();
    c.on('connect', mustCall(() => c.end('hello')));
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('close', mustCall(() => {
      assert.strictEqual(got, 'hello');
      if (++conns === forms.length) server.close(mustCall());
    }));
  }
}));
