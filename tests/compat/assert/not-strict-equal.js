// notStrictEqual and notEqual messages.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('number', () => assert.notStrictEqual(1, 1));
check('long string', () => assert.notStrictEqual('abcdef', 'abcdef'));
const o = { a: 1 };
check('object', () => assert.notStrictEqual(o, o));
check('different', () => assert.notStrictEqual(1, 2));
check('notEqual loose', () => assert.notEqual(1, '1'));
check('notEqual NaN', () => assert.notEqual(NaN, NaN));
check('custom', () => assert.notStrictEqual(1, 1, 'm'));
