// throws with an Error class.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('matching', () => assert.throws(() => { throw new TypeError('t'); }, TypeError));
check('subclass', () => assert.throws(() => { throw new RangeError('r'); }, Error));
check('wrong class', () => assert.throws(() => { throw new RangeError('r'); }, TypeError));
check('non-error thrown', () => assert.throws(() => { throw 'a string'; }, TypeError));
class MyError extends Error {}
check('custom class', () => assert.throws(() => { throw new MyError('mine'); }, MyError));
try { assert.throws(() => { throw new RangeError('r'); }, TypeError); } catch (e) { console.log('actual', e.actual.name, 'expected', e.expected.name); }
