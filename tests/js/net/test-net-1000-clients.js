'use strict';
// 1000 clients connect at once; each sends its own id and gets it echoed back.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const N = 1000;
const server = net.createServer({ backlog: 2048 }, (sock) => sock.pipe(sock));
server.listen(0, '127.0.0.1', 2048, mustCall(() => {
  const port = server.address().port;
  let done = 0;
  for (let i = 0; i < N; i++) {
    const msg = `client-${i}`;
    const c = net.connect(port, '127.0.0.1', () => c.end(msg));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(got, msg);
      if (++done === N) server.close(mustCall());
    }));
  }
}));
