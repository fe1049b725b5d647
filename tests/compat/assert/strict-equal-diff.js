// strictEqual on longer strings shows a +/- diff with a mismatch marker.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('short strings', () => assert.strictEqual('hello world', 'hello there'));
check('long strings', () => assert.strictEqual('a'.repeat(50), `${'a'.repeat(49)}b`));
check('zeros', () => assert.strictEqual(-0, 0));
check('custom with diff', () => assert.strictEqual('a'.repeat(20), 'b', 'custom'));
check('multiline', () => assert.strictEqual('line1\nline2\nline3', 'line1\nline2 changed\nline3'));
