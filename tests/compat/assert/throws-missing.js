// throws when nothing is thrown.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('plain', () => assert.throws(() => {}));
check('with class', () => assert.throws(() => {}, TypeError));
check('with class and message', () => assert.throws(() => {}, TypeError, 'should throw'));
check('message only', () => assert.throws(() => {}, 'should throw'));
check('not a function', () => assert.throws('x'));
check('ok', () => assert.throws(() => { throw new Error('x'); }));
