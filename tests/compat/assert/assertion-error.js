// AssertionError constructor and properties.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e instanceof Error, e.generatedMessage);
console.log(String(e));
console.log(Object.keys(e).join(','));
const m = new assert.AssertionError({ message: 'mine', actual: 'a', expected: 'b', operator: 'x' });
console.log(m.message, m.generatedMessage, m.operator);
try { new assert.AssertionError(); } catch (err) { console.log(err.code); }
try { assert.strictEqual(1, 2); } catch (err) { console.log(err.actual, err.expected, err.stack.split('\n')[0]); }
