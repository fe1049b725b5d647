'use strict';
// Float and double reads/writes, special values included.
const b = Buffer.alloc(8);
for (const v of [0, -0, 1.5, -2.25, 3.4028234663852886e38, 1e-45, NaN, Infinity, -Infinity, 0.1, 2 ** 128, '3.5']) {
  b.fill(0);
  const r = [b.writeFloatLE(v, 0), b.writeFloatBE(v, 4), b.toString('hex'), b.readFloatLE(0), b.readFloatBE(4)];
  b.fill(0);
  r.push(b.writeDoubleLE(v), b.toString('hex'), b.readDoubleLE(), Object.is(b.readDoubleLE(0), -0));
  b.writeDoubleBE(v);
  r.push(b.toString('hex'), b.readDoubleBE());
  console.log(String(v), r.join(' '));
}
for (const [fn, o] of [['writeFloatLE', 5], ['writeDoubleBE', 1], ['readFloatBE', 5], ['readDoubleLE', -1], ['writeFloatLE', 'x']]) {
  try { b[fn](fn.startsWith('write') ? 1 : o, o); console.log(fn, 'ok'); } catch (e) { console.log(fn, e.code, e.name, e.message); }
}
