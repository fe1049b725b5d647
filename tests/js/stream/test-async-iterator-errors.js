// Async iteration of a Readable: chunks in order, errors thrown into the loop,
// and the stream destroyed when the loop exits early.
const { test } = require('node:test');
const assert = require('node:assert');
const { Readable } = require('node:stream');

test('chunks arrive in order', async () => {
  const seen = [];
  for await (const chunk of Readable.from(['a', 'b', 'c'])) seen.push(chunk);
  assert.deepStrictEqual(seen, ['a', 'b', 'c']);
});

test('an error destroys the loop with that error', async () => {
  const stream = new Readable({ read() { this.destroy(new Error('broken source')); } });
  await assert.rejects(async () => {
    for await (const chunk of stream) assert.fail(`unexpected ${chunk}`);
  }, { message: 'broken source' });
});

test('break destroys the stream before the loop returns', async () => {
  let i = 0;
  const stream = new Readable({ objectMode: true, read() { this.push(i++); } });
  for await (const value of stream) {
    if (value === 3) break;
  }
  assert.strictEqual(stream.destroyed, true);
});
