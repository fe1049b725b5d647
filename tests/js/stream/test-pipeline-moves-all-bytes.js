// pipeline() moves every byte through a Transform into a Writable under
// backpressure, in order, and calls back once with no error.
const { test } = require('node:test');
const assert = require('node:assert');
const { Readable, Transform, Writable, pipeline } = require('node:stream');

test('pipeline delivers all chunks in order', (t, done) => {
  const total = 200;
  let next = 0;
  const source = new Readable({
    highWaterMark: 4,
    read() { this.push(next < total ? Buffer.from([next++ & 0xff]) : null); },
  });
  const double = new Transform({
    transform(chunk, encoding, callback) { callback(null, Buffer.concat([chunk, chunk])); },
  });
  const received = [];
  let pending = 0;
  const sink = new Writable({
    highWaterMark: 2,
    write(chunk, encoding, callback) {
      received.push(...chunk);
      pending++;
      setImmediate(() => { pending--; callback(); });
    },
  });
  let calls = 0;
  pipeline(source, double, sink, (err) => {
    calls++;
    assert.ifError(err);
    assert.strictEqual(calls, 1);
    assert.strictEqual(received.length, total * 2);
    for (let i = 0; i < total; i++) {
      assert.strictEqual(received[2 * i], i & 0xff);
      assert.strictEqual(received[2 * i + 1], i & 0xff);
    }
    assert.strictEqual(pending, 0);
    done();
  });
});
