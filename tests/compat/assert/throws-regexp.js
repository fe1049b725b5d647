// throws with a RegExp.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('matching', () => assert.throws(() => { throw new Error('boom'); }, /boom/));
check('not matching', () => assert.throws(() => { throw new Error('boom'); }, /bang/));
check('string thrown', () => assert.throws(() => { throw 'text'; }, /tex/));
check('custom message', () => assert.throws(() => { throw new Error('boom'); }, /bang/, 'custom'));
