// match and doesNotMatch.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('no match', () => assert.match('xyz', /abc/));
check('match', () => assert.match('abc', /b/));
check('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
check('not a string', () => assert.match(1, /abc/));
check('not a regexp', () => assert.match('a', 'a'));
check('custom', () => assert.match('x', /y/, 'custom'));
