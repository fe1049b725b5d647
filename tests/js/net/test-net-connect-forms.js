'use strict';
// connect / createConnection / new Socket().connect in all argument forms reach the
// server: (port), (port, host), (port, cb), (port, host, cb),
// (options), (options, cb).
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const forms = [
    () => net.connect(port),
    () => net.connect(port, '127.0.0.1'),
    (cb) => net.connect(port, cb),
    (cb) => net.connect(port, '127.0.0.1', cb),
    () => net.connect({ port }),
    (cb) => net.connect({ port, host: '127.0.0.1' }, cb),
    () => net.connect(String(port), '127.0.0.1'),
    (cb) => net.createConnection(port, '127.0.0.1', cb),
    (cb) => net.createConnection({ port }, cb),
    (cb) => new net.Socket().connect(port, '127.0.0.1', cb),
    (cb) => new net.Socket().connect({ port, host: 'localhost', family: 4 }, cb),
  ];
  let left = forms.length;
  for (const form of forms) {
    const onConnect = mustCall();
    const s = form(onConnect);
    assert.ok(s instanceof net.Socket);
    if (form.length === 0) s.on('connect', onConnect);
    s.resume();
    s.on('close', mustCall(() => { if (--left === 0) server.close(); }));
  }
}));
