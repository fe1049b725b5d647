// deepStrictEqual diffs for objects, arrays, maps and prototypes.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('nested', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
check('primitive', () => assert.deepStrictEqual(1, 2));
check('map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
check('set equal', () => assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1])));
check('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
check('symbols', () => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }));
check('type', () => assert.deepStrictEqual([1], ['1']));
check('long array', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
check('extra key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
check('custom', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
