// assert.strict and assert/strict replace loose comparisons.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict, typeof strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
check('strict.equal', () => strict.equal(1, '1'));
check('strict.deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
check('strict()', () => strict(0));
check('strict.notEqual', () => strict.notEqual(1, 1));
