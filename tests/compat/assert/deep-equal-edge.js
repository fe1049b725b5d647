// Deep equality edge cases through assert.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('NaN in array', () => assert.deepStrictEqual([NaN], [NaN]));
check('-0 strict', () => assert.deepStrictEqual([-0], [0]));
check('-0 loose', () => assert.deepEqual([-0], [0]));
check('buffers', () => assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')));
check('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
check('circular', () => { const a = { }; a.self = a; const b = { }; b.self = b; assert.deepStrictEqual(a, b); });
check('boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
check('regexp flags', () => assert.deepStrictEqual(/a/g, /a/i));
