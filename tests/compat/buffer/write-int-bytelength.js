'use strict';
// writeUIntLE/BE and writeIntLE/BE for byteLength 1..6, with Node's rounding of
// fractional and negative values, and the range errors for each width.
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  const smax = 2 ** (8 * n - 1) - 1;
  for (const v of [0, 1, max, 0x123456789a % (max + 1), 1.5, 255.9]) {
    const b = Buffer.alloc(8);
    console.log('U', n, v, b.writeUIntLE(v, 0, n), b.writeUIntBE(v, 1, n), b.toString('hex'));
  }
  for (const v of [-1, -smax - 1, smax, -1.5, -256.5, -0.5]) {
    const b = Buffer.alloc(8);
    console.log('I', n, v, b.writeIntLE(v, 0, n), b.writeIntBE(v, 1, n), b.toString('hex'));
  }
  for (const [fn, v] of [['writeUIntLE', max + 1], ['writeUIntBE', -1], ['writeIntLE', smax + 1], ['writeIntBE', -smax - 2]]) {
    try { Buffer.alloc(8)[fn](v, 0, n); } catch (e) { console.log(fn, n, e.code, e.message); }
  }
}
for (const bl of [0, 7, 1.5, '2', undefined]) {
  try { Buffer.alloc(8).writeUIntLE(1, 0, bl); } catch (e) { console.log(String(bl), e.code, e.name, e.message); }
}
try { Buffer.alloc(8).writeIntBE(1, undefined, 2); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(4).writeUIntLE(1, 0, 6); } catch (e) { console.log(e.code, e.message); }
