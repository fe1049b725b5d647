'use strict';
// Strings with lone surrogates are written as U+FFFD (EF BF BD), as Node does,
// on both the direct and the queued write paths; valid pairs stay intact.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'),
                       '61efbfbd62' + 'efbfbd' + 'c3a9e282acf09f9880' + 'efbfbd'.repeat(2));
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    c.write('a\ud800b');  // direct path (nothing queued)
    c.write('\udc00');
    c.cork();             // queued path (writev of encoded chunks)
    c.write('é€😀');
    c.write('\udfff\ud83d');
    c.uncork();
    c.end();
  }));
}));
