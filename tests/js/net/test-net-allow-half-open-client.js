'use strict';
// A client created with allowHalfOpen true stays writable after the server ends:
// it sends its answer after 'end' and the server receives it.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer({ allowHalfOpen: true }, mustCall((sock) => {
  sock.end('go');
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', mustCall(() => {
    assert.strictEqual(got, 'late answer');
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const client = net.connect({ port: server.address().port, allowHalfOpen: true });
  client.resume();
  client.on('end', mustCall(() => {
    assert.strictEqual(client.readyState, 'writeOnly');
    client.end('late answer');
  }));
  client.on('close', mustCall());
}));
