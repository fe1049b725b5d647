// doesNotThrow messages and rethrowing.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('throws', () => assert.doesNotThrow(() => { throw new Error('boom'); }));
check('with message', () => assert.doesNotThrow(() => { throw new Error('boom'); }, 'ctx'));
check('matching class', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError));
check('other class is rethrown', () => assert.doesNotThrow(() => { throw new RangeError('r'); }, TypeError));
check('ok', () => assert.doesNotThrow(() => 1));
