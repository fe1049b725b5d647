// equal uses ==, with NaN equal to NaN.
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
check('1 == "1"', () => assert.equal(1, '1'));
check('null == undefined', () => assert.equal(null, undefined));
check('NaN', () => assert.equal(NaN, NaN));
check('1 == 2', () => assert.equal(1, 2));
check('objects', () => assert.equal({}, {}));
check('custom', () => assert.equal(1, 2, 'custom'));
