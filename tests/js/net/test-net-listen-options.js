'use strict';
// listen() in its option-object and positional forms: { port }, { port, host },
// { port, host, backlog }, (port, host, backlog, cb), (port, cb), (cb), and a
// 'listening' event in each case.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const forms = [
  (s, cb) => s.listen({ port: 0 }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1' }, cb),
  (s, cb) => s.listen({ port: 0, host: '127.0.0.1', backlog: 5, exclusive: true }, cb),
  (s, cb) => s.listen({ port: '0', host: 'localhost' }, cb),
  (s, cb) => s.listen(0, '127.0.0.1', 10, cb),
  (s, cb) => s.listen(0, cb),
  (s, cb) => s.listen(cb),
  (s, cb) => { s.on('listening', cb); s.listen(); },
];
let left = forms.length;
for (const form of forms) {
  const server = net.createServer();
  server.on('listening', mustCall());
  form(server, mustCall(function() {
    assert.strictEqual(this, server);
    assert.strictEqual(server.listening, true);
    assert.ok(server.address().port > 0);
    server.close(mustCall(() => {
      assert.strictEqual(server.listening, false);
      --left;
    }));
  }));
}
process.on('exit', () => assert.strictEqual(left, 0));
