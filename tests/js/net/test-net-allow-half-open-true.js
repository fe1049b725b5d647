'use strict';
// With allowHalfOpen true the server keeps writing after the client ended: the client
// (which ended only its writable side) still receives the reply, then 'end'.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer({ allowHalfOpen: true }, mustCall((sock) => {
  assert.strictEqual(sock.allowHalfOpen, true);
  let req = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { req += d; });
  sock.on('end', mustCall(() => {
    assert.strictEqual(sock.readyState, 'writeOnly');
    assert.strictEqual(sock.writable, true);
    // Answer later, long after the peer's FIN.
    setTimeout(() => {
      sock.write('reply to ' + req);
      sock.end();
    }, 10);
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect(server.address().port, mustCall(() => client.end('question')));
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', mustCall(() => assert.strictEqual(reply, 'reply to question')));
  client.on('close', mustCall(() => server.close()));
}));
