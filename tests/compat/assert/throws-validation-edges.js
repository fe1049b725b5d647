'use strict';
// assert.throws/doesNotThrow validation forms: objects with regexp values, nested
// objects, keys the error lacks (even `undefined`), `constructor`, NaN values; thrown
// primitives and null; regexps against thrown strings; classes (subclass checks, a
// non-Error class); validator functions returning truthy non-true or throwing; Error
// instances as expected; empty object/array/symbol as expected; message-only second
// args (ERR_AMBIGUOUS_ARGUMENT); functions that do not throw with each form;
// doesNotThrow with messages, classes and regexps. Prints the error fields plus
// actual/expected (errors shown as name: message) and the first message line.
const assert = require('assert');
const util = require('util');
const show = (v) => (v instanceof Error ? `Err(${v.name}: ${v.message})` : util.inspect(v));
function check(label, fn) {
  try { fn(); console.log(label, 'passed'); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} op=${e.operator} gen=${e.generatedMessage} act=${show(e.actual)} exp=${show(e.expected)}`);
    if (!e.code) console.log('(engine error)');
    else if (e.code !== 'ERR_ASSERTION') console.log(JSON.stringify(e.message));
    else console.log(JSON.stringify(e.message.split('\n')[0]));
  }
}
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.code = 'E1'; } }
const thrower = (e) => () => { throw e; };
check('t1', () => assert.throws(thrower(new MyErr('m')), { name: 'MyErr', code: 'E1', message: /^m$/ }));
check('t2', () => assert.throws(thrower(new MyErr('m')), { code: 'E2' }));
check('t3', () => assert.throws(thrower(new MyErr('m')), { extra: undefined }));
check('t4', () => assert.throws(thrower(new MyErr('m')), { name: /Err/, message: 'm', constructor: MyErr }));
check('t5', () => assert.throws(thrower({ a: 1, b: { c: 2 } }), { a: 1, b: { c: 2 } }));
check('t6', () => assert.throws(thrower({ a: 1, b: { c: 2 } }), { b: { c: 3 } }));
check('t7', () => assert.throws(thrower(null), { a: 1 }));
check('t8', () => assert.throws(thrower('str'), /str/));
check('t9', () => assert.throws(thrower('str'), /nope/));
check('t10', () => assert.throws(thrower(new MyErr('m')), Error));
check('t11', () => assert.throws(thrower(new Error('m')), MyErr));
check('t12', () => assert.throws(thrower(new Error('m')), TypeError, 'custom msg'));
check('t13', () => assert.throws(() => {}, 'only message'));
check('t14', () => assert.throws(() => {}, Error, 'with class'));
check('t15', () => assert.throws(() => {}, /re/));
check('t16', () => assert.throws(() => {}, { message: 'x' }));
check('t17', () => assert.throws(() => {}, function named() {}));
check('t18', () => assert.throws('notfn'));
check('t19', () => assert.throws(thrower(new Error('x')), 'x'));
check('t20', () => assert.throws(thrower(new Error('x')), new Error('x')));
check('t21', () => assert.throws(thrower(new Error('x')), Object.assign(new Error('x'), { code: 1 })));
check('t22', () => assert.throws(thrower(new Error('x')), {}));
check('t23', () => assert.throws(thrower(new Error('x')), []));
check('t24', () => assert.throws(thrower(new Error('x')), Symbol('s')));
check('t25', () => assert.throws(thrower(new Error('x')), () => { throw new RangeError('inner validator'); }));
check('t26', () => assert.throws(thrower(new Error('x')), class X {}));
check('t27', () => assert.throws(thrower(new Error('x')), () => 'truthy'));
check('t28', () => assert.throws(thrower(new Error('xyz')), { message: /abc/ }));
check('t29', () => assert.throws(thrower(Object.assign(new Error('x'), { n: NaN })), { n: NaN }));
check('t30', () => assert.throws(thrower(new Error('x')), { message: 'x', stack: /.*/ }));
check('dnt1', () => assert.doesNotThrow(thrower(new Error('x')), 'msg'));
check('dnt2', () => assert.doesNotThrow(thrower(new Error('x')), TypeError));
check('dnt3', () => assert.doesNotThrow(thrower(new TypeError('x')), TypeError, 'msg3'));
check('dnt4', () => assert.doesNotThrow(thrower(new TypeError('x')), /x/));
check('dnt5', () => assert.doesNotThrow(thrower(new TypeError('x')), /y/));
check('dnt6', () => assert.doesNotThrow(5));
