'use strict';
// Size validation for alloc, allocUnsafe, allocUnsafeSlow and SlowBuffer.
const { SlowBuffer } = require('buffer');
for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
  for (const size of [-1, NaN, '5', null, undefined, 2 ** 33, {}, Infinity]) {
    try {
      Buffer[fn](size);
      console.log(fn, String(size), 'ok');
    } catch (e) {
      console.log(fn, String(size), e.code, e.name, e.message);
    }
  }
}
console.log(Buffer.alloc(0).length, Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(3).length, Buffer.alloc(2.5).length);
try { SlowBuffer(-1); } catch (e) { console.log(e.code, e.message); }
console.log(SlowBuffer(4).length, SlowBuffer(4) instanceof Buffer);
