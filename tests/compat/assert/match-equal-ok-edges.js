'use strict';
// assert.match/doesNotMatch with non-string inputs (symbol, null, undefined, objects,
// arrays, numbers), global regexps with lastIndex, custom Error messages, non-RegExp
// patterns; equal/strictEqual/notStrictEqual on NaN, -0, bigint vs number, symbols,
// long strings, functions; ok() with falsy values, no args and Error messages;
// notDeepStrictEqual/notDeepEqual; fail() forms; ifError with falsy and string values.
// Prints name, code, operator, generatedMessage and the message.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, 'passed'); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} op=${e.operator} gen=${e.generatedMessage}`);
    console.log(JSON.stringify(e.message));
  }
}
check('m1', () => assert.match(Symbol('s'), /x/));
check('m2', () => assert.match(null, /x/));
check('m3', () => assert.match({ toString() { return 'x'; } }, /x/));
check('m4', () => assert.doesNotMatch(5, /5/));
check('m5', () => assert.match('abc', /b/g));
check('m6', () => assert.doesNotMatch('a'.repeat(600), /a/));
check('m7', () => assert.match('x\ny', /z/m));
check('m8', () => assert.match('x', /y/, new TypeError('own')));
check('m9', () => assert.doesNotMatch('x', 'x'));
check('m10', () => assert.match(undefined, /x/));
check('m11', () => assert.match(['a'], /a/));
check('m12', () => assert.match('x', { [Symbol.match]: true, exec() { return null; }, test() { return true; } }));
const r = /a/g;
r.lastIndex = 5;
check('m13', () => assert.match('aaa', r));
check('eq1', () => assert.equal(1, 2));
check('eq2', () => assert.equal(NaN, NaN));
check('eq3', () => assert.equal('a'.repeat(600), 'b'));
check('eq4', () => assert.notEqual(1, '1'));
check('eq5', () => assert.strictEqual(1n, 1));
check('eq6', () => assert.strictEqual(-0, 0));
check('eq7', () => assert.strictEqual(Symbol('x'), Symbol('x')));
check('eq8', () => assert.strictEqual(null, undefined, undefined));
check('eq9', () => assert.notStrictEqual(NaN, NaN));
check('eq10', () => assert.strictEqual('a\nb', 'a\nc'));
check('eq11', () => assert.strictEqual(function f() {}, function f() {}));
check('eq12', () => assert.strictEqual([], []));
check('ok1', () => assert.ok(0, undefined));
check('ok2', () => assert(''));
check('ok3', () => assert.ok(null, 'custom null'));
check('ok4', () => assert.ok());
check('ok5', () => assert.ok(false, new RangeError('thrown')));
check('ne1', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check('ne2', () => assert.notDeepEqual([1], ['1']));
check('ne3', () => assert.notDeepStrictEqual(1, 1));
check('fail1', () => assert.fail());
check('fail2', () => assert.fail(new TypeError('x')));
check('fail3', () => assert.fail(1, 2));
check('fail4', () => assert.fail(1, 2, undefined, '>'));
check('ife1', () => assert.ifError(0));
check('ife2', () => assert.ifError('str'));
check('ife3', () => assert.ifError(undefined));
check('ife4', () => assert.ifError(false));
