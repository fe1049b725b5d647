// assert.fail forms.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('no args', () => assert.fail());
check('message', () => assert.fail('boom'));
check('error', () => assert.fail(new TypeError('te')));
check('undefined', () => assert.fail(undefined));
