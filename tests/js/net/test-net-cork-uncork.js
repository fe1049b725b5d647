'use strict';
// cork() holds writes (writableCorked counts nesting) and uncork() sends them in order;
// every callback runs.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', mustCall(() => {
    assert.strictEqual(got, 'one two three four');
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    c.cork();
    c.cork();
    assert.strictEqual(c.writableCorked, 2);
    c.write('one ', mustCall());
    c.write(Buffer.from('two '), mustCall());
    c.write('three', mustCall());
    assert.strictEqual(c.writableLength, 13);
    c.uncork();
    assert.strictEqual(c.writableCorked, 1);
    c.uncork();
    assert.strictEqual(c.writableCorked, 0);
    c.end(' four');
  }));
}));
