// throws with a validation object.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('matching', () => assert.throws(() => { throw new TypeError('boom'); }, { name: 'TypeError', message: 'boom' }));
check('wrong message', () => assert.throws(() => { throw new Error('boom'); }, { message: 'bang' }));
check('wrong code', () => assert.throws(() => { const e = new Error('boom'); e.code = 'X'; throw e; }, { code: 'Y', message: 'boom' }));
check('regexp value', () => assert.throws(() => { throw new Error('boom'); }, { message: /oo/ }));
check('empty object', () => assert.throws(() => { throw new Error('boom'); }, {}));
check('primitive thrown', () => assert.throws(() => { throw 1; }, { message: 'x' }));
check('error instance', () => assert.throws(() => { throw new Error('a'); }, new Error('b')));
