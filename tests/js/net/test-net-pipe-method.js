'use strict';
// socket.pipe(socket) makes an echo; pipe ends the destination at the source's end.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => sock.pipe(sock)));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    c.write('abc');
    c.end('def');
  }));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', mustCall(() => {
    assert.strictEqual(got, 'abcdef');
    server.close();
  }));
}));
