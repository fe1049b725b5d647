// rejects and doesNotReject (async).
const assert = require('assert');
function check(label, fn) {
  try { fn(); console.log(label, "passed"); } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}
async function main() {
  async function acheck(label, fn) {
    try { await fn(); console.log(label, 'passed'); } catch (e) {
      console.log(`${label}: ${e.name} ${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
      console.log(e.message);
    }
  }
  await acheck('rejects ok', () => assert.rejects(Promise.reject(new Error('no')), /no/));
  await acheck('rejects missing', () => assert.rejects(Promise.resolve(1)));
  await acheck('rejects class', () => assert.rejects(async () => { throw new RangeError('r'); }, TypeError));
  await acheck('rejects not promise', () => assert.rejects(() => 1));
  await acheck('rejects bad arg', () => assert.rejects(1));
  await acheck('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('boom'))));
  await acheck('doesNotReject ok', () => assert.doesNotReject(async () => 5));
}
main();
