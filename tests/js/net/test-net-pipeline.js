'use strict';
// stream.pipeline(socket, transform, socket) builds an upper-casing echo server; the
// client also uses pipeline(readable, socket) to send, and pipeline's callback runs.
const assert = require('assert');
const net = require('net');
const { pipeline, Transform, Readable } = require('stream');
const { mustCall } = require('./common');

const server = net.createServer(mustCall((sock) => {
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString('latin1').toUpperCase()); },
  });
  pipeline(sock, upper, sock, mustCall((err) => assert.ifError(err)));
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port);
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', mustCall(() => {
    assert.strictEqual(got, 'ONE TWO THREE');
    server.close();
  }));
  pipeline(Readable.from(['one ', 'two ', 'three']), c, mustCall((err) => assert.ifError(err)));
}));
