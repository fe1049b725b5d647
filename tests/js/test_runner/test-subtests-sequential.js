// Subtests run one at a time in order, awaited or not, before the parent ends.
const { test } = require('node:test');
const assert = require('node:assert');

test('parent', async (t) => {
  const order = [];
  await t.test('first', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    order.push('first');
  });
  await t.test('second', () => { order.push('second'); });
  assert.deepStrictEqual(order, ['first', 'second']);
});

let ran = 0;
test('callback style with done', (t, done) => {
  setImmediate(() => {
    ran++;
    done();
  });
});

test('tests run after the main module', () => {
  assert.strictEqual(mainFinished, true);
  assert.strictEqual(ran, 1);
});

const mainFinished = true;
