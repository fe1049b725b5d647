'use strict';
// A server on '::' accepts IPv4 clients too (seen as IPv4-mapped addresses), unless
// ipv6Only is set, in which case an IPv4 connect is refused.
const assert = require('assert');
const net = require('net');
const { mustCall, hasIPv6 } = require('./common');

hasIPv6((ok) => {
  if (!ok) { console.log('SKIP: no IPv6'); return; }
  const dual = net.createServer(mustCall((sock) => {
    assert.strictEqual(sock.remoteAddress, '::ffff:127.0.0.1');
    assert.strictEqual(sock.remoteFamily, 'IPv6');
    sock.end();
  }));
  dual.listen(0, '::', mustCall(() => {
    const c = net.connect(dual.address().port, '127.0.0.1');
    c.resume();
    c.on('close', mustCall(() => {
      dual.close();
      const v6only = net.createServer();
      v6only.listen({ port: 0, host: '::', ipv6Only: true }, mustCall(() => {
        const d = net.connect(v6only.address().port, '127.0.0.1');
        d.on('error', mustCall((err) => {
          assert.strictEqual(err.code, 'ECONNREFUSED');
          v6only.close();
        }));
      }));
    }));
  }));
});
