'use strict';
// Garbage on one connection closes that connection only: a keep-alive client on
// another connection keeps getting answers before and after.
const http = require('http');
const net = require('net');
const assert = require('assert');

const server = http.createServer((req, res) => res.end(req.url));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let errors = 0;
server.on('clientError', (err, socket) => {
  errors++;
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  socket.destroy();
});
function get(port, path, cb) {
  http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => cb(b, res.req.reusedSocket));
  });
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  get(port, '/before', (b1) => {
    assert.strictEqual(b1, '/before');
    const bad = net.connect(port, '127.0.0.1', () => bad.write('\x00\x01\x02 garbage\r\n\r\n'));
    bad.on('error', () => {});
    bad.on('close', () => {
      get(port, '/after', (b2, reused) => {
        assert.strictEqual(b2, '/after');
        assert.strictEqual(reused, true);
        assert.strictEqual(errors, 1);
        agent.destroy();
        server.close();
      });
    });
  });
});
