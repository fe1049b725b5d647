'use strict';
// assert.rejects/doesNotReject: functions returning a non-promise or a thenable
// (ERR_INVALID_RETURN_VALUE), thenables as the first argument, synchronous throws,
// validation objects/classes/functions/regexps/strings on rejection values (including
// null and primitives), resolved promises with a message or class, bad first arguments
// (ERR_INVALID_ARG_TYPE); the returned value is always a promise. Then the properties of
// deepStrictEqual/deepEqual/notDeepStrictEqual failures (actual, expected, operator,
// generatedMessage) with custom string and Error messages, and assert.strict's methods.
const assert = require('assert');
const util = require('util');
const show = (v) => (v instanceof Error ? `Err(${v.name}: ${v.message})` : util.inspect(v, { breakLength: Infinity }));
const report = (label, e) => {
  console.log(`${label}: ${e.name} ${e.code} op=${e.operator} gen=${e.generatedMessage} act=${show(e.actual)} exp=${show(e.expected)}`);
};
async function acheck(label, fn) {
  try {
    const p = fn();
    console.log(label, 'returned', util.types.isPromise(p));
    await p;
    console.log(label, 'passed');
  } catch (e) {
    report(label, e);
    console.log(JSON.stringify(e.message.split('\n')[0]));
  }
}
function check(label, fn) {
  try { fn(); console.log(label, 'passed'); } catch (e) { report(label, e); }
}
(async () => {
  await acheck('r1', () => assert.rejects(() => 5));
  await acheck('r2', () => assert.rejects(() => ({ then() {} })));
  await acheck('r3', () => assert.rejects({ then: (res, rej) => rej(new Error('thenable')) }, /thenable/));
  await acheck('r4', () => assert.rejects(() => { throw new Error('sync throw'); }));
  await acheck('r5', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await acheck('r6', () => assert.rejects(Promise.reject(new Error('x')), Error, 'msg'));
  await acheck('r7', () => assert.rejects(Promise.resolve('v'), 'custom'));
  await acheck('r8', () => assert.rejects(Promise.resolve('v'), TypeError));
  await acheck('r9', () => assert.rejects(async () => {}, /x/));
  await acheck('r10', () => assert.rejects(Promise.reject(5), (v) => v === 5));
  await acheck('r11', () => assert.rejects(Promise.reject(null), { a: 1 }));
  await acheck('r12', () => assert.rejects(null));
  await acheck('r13', () => assert.rejects(Promise.reject(new Error('x')), 'x'));
  await acheck('d1', () => assert.doesNotReject(() => 5));
  await acheck('d2', () => assert.doesNotReject(Promise.reject(new TypeError('t')), TypeError, 'dmsg'));
  await acheck('d3', () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
  await acheck('d4', () => assert.doesNotReject(() => { throw new Error('sync'); }));
  await acheck('d5', () => assert.doesNotReject(5));
  await acheck('d6', () => assert.doesNotReject(Promise.reject(new TypeError('t')), /t/));
  await acheck('d7', () => assert.doesNotReject(Promise.reject(new TypeError('t')), 'msg only'));
  check('ds1', () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }));
  check('ds2', () => assert.deepStrictEqual(new Set([1]), new Set([2]), 'own message'));
  check('ds3', () => assert.deepStrictEqual(1, '1', new TypeError('as error')));
  check('ds4', () => assert.notDeepStrictEqual([1], [1]));
  check('ds5', () => assert.deepEqual({ a: 1 }, { a: 2 }));
  check('ds6', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
  check('ds8', () => assert.strict.equal(1, '1'));
  check('ds9', () => assert.strict.deepEqual([1], ['1']));
  console.log(assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual);
})();
