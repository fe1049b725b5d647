// strictEqual on objects compares identity.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('same shape', () => assert.strictEqual({ a: 1 }, { a: 1 }));
check('different shape', () => assert.strictEqual({ a: 1 }, { a: 2 }));
const o = { x: [1, 2] };
check('same reference', () => assert.strictEqual(o, o));
check('functions', () => assert.strictEqual(() => 1, () => 1));
