// deepEqual and notDeepEqual (loose) messages.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('loose ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
check('different', () => assert.deepEqual({ a: 1 }, { a: 2 }));
check('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check('notDeepEqual differs', () => assert.notDeepEqual([1, 2], [1, 2, 3]));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual([1], [1]));
check('notDeepStrictEqual string', () => assert.notDeepStrictEqual('hello', 'hello'));
check('dates', () => assert.deepEqual(new Date(0), new Date(1)));
