// throws with a validation function.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('returns true', () => assert.throws(() => { throw new Error('boom'); }, (err) => err.message === 'boom'));
check('returns false', () => assert.throws(() => { throw new Error('boom'); }, () => false));
function validate() { return 'yes'; }
check('named, not true', () => assert.throws(() => { throw new Error('boom'); }, validate));
check('bad error arg', () => assert.throws(() => { throw new Error('boom'); }, 42));
check('ambiguous', () => assert.throws(() => { throw new Error('same'); }, 'same'));
