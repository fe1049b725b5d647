// randomInt: ranges respected, both call forms, async results after nextTick, and
// Node's validation messages.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
let ok = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 8);
  if (!Number.isInteger(n) || n < 3 || n >= 8) ok = false;
  seen.add(n);
}
console.log('range', ok, [...seen].sort().join(','));
let ok2 = true;
for (let i = 0; i < 1000; i++) { const n = crypto.randomInt(10); if (n < 0 || n >= 10) ok2 = false; }
console.log('max only', ok2);
console.log('negative', crypto.randomInt(-5, -4), crypto.randomInt(-(2 ** 47), -(2 ** 47) + 1));
t('float', () => crypto.randomInt(1.5));
t('string', () => crypto.randomInt('10'));
t('min float', () => crypto.randomInt(0.5, 10));
t('equal', () => crypto.randomInt(5, 5));
t('reversed', () => crypto.randomInt(5, 1));
t('range too big', () => crypto.randomInt(0, 2 ** 48 + 1));
t('max too big', () => crypto.randomInt(2 ** 48 + 1));
t('unsafe', () => crypto.randomInt(2 ** 53));
t('bad callback', () => crypto.randomInt(1, 2, 3));
t('max limit', () => crypto.randomInt(2 ** 48 - 1));
const order = [];
crypto.randomInt(10, (err, n) => { order.push(`cb1 ${err} ${n >= 0 && n < 10}`); });
crypto.randomInt(5, 6, (err, n) => { order.push(`cb2 ${err} ${n}`); });
process.nextTick(() => order.push('tick'));
process.on('exit', () => console.log(order.join('\n')));
