// ReadableState's one-bit flags (native accessors in protojs, over its
// `state` bit field): each reads what the stream did, and setting one flag changes
// that flag alone.
const { test } = require('node:test');
const assert = require('node:assert');
const { Readable } = require('node:stream');

const FLAGS = [
  'objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable',
  'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose',
  'autoDestroy', 'destroyed', 'closed', 'closeEmitted', 'multiAwaitDrain', 'readingMore',
  'dataEmitted',
];

const snapshot = (state) => Object.fromEntries(FLAGS.map((f) => [f, state[f]]));

test('setting a flag changes that flag alone', () => {
  for (const flag of FLAGS) {
    const state = new Readable({ read() {} })._readableState;
    for (const value of [true, false, true]) {
      const before = snapshot(state);
      state[flag] = value;
      assert.strictEqual(state[flag], value, flag);
      assert.deepStrictEqual(snapshot(state), { ...before, [flag]: value }, flag);
    }
    state[flag] = 0;  // any value, read as a boolean
    assert.strictEqual(state[flag], false, flag);
    state[flag] = 'yes';
    assert.strictEqual(state[flag], true, flag);
  }
});

test('the flags follow the stream', async () => {
  const stream = new Readable({ objectMode: true, emitClose: false, read() {} });
  const state = stream._readableState;
  assert.ok(state instanceof Readable.ReadableState);
  assert.deepStrictEqual(
    [state.objectMode, state.emitClose, state.autoDestroy, state.ended, state.destroyed],
    [true, false, true, false, false]);
  stream.push('a');
  stream.push(null);
  assert.strictEqual(state.ended, true);
  assert.strictEqual(state.endEmitted, false);
  stream.resume();
  await new Promise((resolve) => stream.on('end', resolve));
  assert.strictEqual(state.endEmitted, true);
  assert.strictEqual(state.dataEmitted, true);
  assert.strictEqual(stream.readableEnded, true);
  stream.destroy();
  assert.strictEqual(state.destroyed, true);
  assert.strictEqual(stream.destroyed, true);
});

test('the legacy accessors stay on the prototype', () => {
  const stream = new Readable({ read() {} });
  const state = stream._readableState;
  assert.strictEqual(state.pipesCount, 0);
  stream.resume();
  assert.strictEqual(state.paused, false);
  assert.strictEqual(Object.keys(state).includes('ended'), false);
});
