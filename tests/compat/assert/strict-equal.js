// strictEqual: short one-line form, type mismatch, NaN, custom message.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('numbers', () => assert.strictEqual(1, 2));
check('types', () => assert.strictEqual(1, '1'));
check('NaN', () => assert.strictEqual(NaN, NaN));
check('NaN vs 0', () => assert.strictEqual(NaN, 0));
check('custom', () => assert.strictEqual(1, 2, 'custom message'));
check('error as message', () => assert.strictEqual(1, 2, new RangeError('thrown as is')));
check('missing args', () => assert.strictEqual(1));
