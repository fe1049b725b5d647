'use strict';
// Node 20 compares an Error's `cause` (own, non-enumerable) and an AggregateError's
// `errors` in deep equality; a missing cause differs from a cause of undefined only
// when one side has it.
const assert = require('assert');
const { isDeepStrictEqual: eq } = require('util');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
const cases = {
  causeDiff: [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  causeSame: [new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } })],
  causeVsNone: [new Error('a', { cause: 1 }), new Error('a')],
  causeUndefVsNone: [new Error('a', { cause: undefined }), new Error('a')],
  causeNested: [new Error('a', { cause: new Error('b') }), new Error('a', { cause: new Error('c') })],
  aggDiff: [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  aggSame: [new AggregateError([1], 'm'), new AggregateError([1], 'm')],
};
for (const [k, [x, y]] of Object.entries(cases)) console.log(k, eq(x, y), eq(y, x), loose(x, y));
try { assert.deepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })); console.log('no throw'); } catch (e) {
  console.log(e.code, e.operator, e.generatedMessage);
}
