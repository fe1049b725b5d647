// ok/assert with falsy values quote the source expression.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('ok(0)', () => assert.ok(0));
check('assert(null)', () => assert(null));
const value = '';
check('expression', () => assert(typeof value === 'number'));
check('multiline', () => assert.ok(
  value.length > 0 &&
  value.startsWith('x')
));
check('no args', () => assert.ok());
check('message', () => assert(false, 'needs value'));
check('truthy', () => assert.ok('yes'));
check('error message', () => assert.ok(false, new TypeError('custom type error')));
