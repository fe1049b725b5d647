// An uncaught AssertionError exits with code 1.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
process.on('exit', (code) => console.log('exit', code));
console.log('before');
assert.strictEqual(1, 2);
