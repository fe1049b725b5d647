// Skipped tests do not run; a failing todo test does not fail the run.
const { test, describe, it } = require('node:test');
const assert = require('node:assert');

let skippedRan = false;
test('skipped by option', { skip: 'reason' }, () => { skippedRan = true; });
test.skip('skipped by method', () => { skippedRan = true; });
describe.skip('skipped suite', () => {
  it('inside', () => { skippedRan = true; });
});
test('todo may fail', { todo: 'later' }, () => { throw new Error('not implemented'); });
test('t.skip() inside the test', (t) => { t.skip('dynamic'); });
test('nothing above ran', () => { assert.strictEqual(skippedRan, false); });
