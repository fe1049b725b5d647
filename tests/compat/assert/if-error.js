// ifError throws for anything but null/undefined.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('error', () => assert.ifError(new Error('bad')));
check('string', () => assert.ifError('x'));
check('number', () => assert.ifError(0));
check('empty message', () => assert.ifError(new TypeError('')));
check('null', () => assert.ifError(null));
check('undefined', () => assert.ifError(undefined));
try { assert.ifError(new Error('kept')); } catch (e) { console.log('actual is the error', e.actual.message, e.expected); }
