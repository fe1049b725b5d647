// randomFillSync / randomFill: offsets and sizes in elements of typed arrays,
// ArrayBuffers and DataViews, untouched bytes outside the range, and validation.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r && r.constructor.name); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const zeroAt = (u8, from, to) => u8.subarray(from, to).every((x) => x === 0);
const buf = Buffer.alloc(64);
crypto.randomFillSync(buf, 8, 16);
console.log('untouched', zeroAt(buf, 0, 8), zeroAt(buf, 24, 64), !zeroAt(buf, 8, 24));
const u32 = new Uint32Array(16);
crypto.randomFillSync(u32, 4, 4);
const bytes = new Uint8Array(u32.buffer);
console.log('u32', zeroAt(bytes, 0, 16), zeroAt(bytes, 32, 64), !zeroAt(bytes, 16, 32));
const ab = new ArrayBuffer(32);
console.log('ab', crypto.randomFillSync(ab, 16) === ab, zeroAt(new Uint8Array(ab), 0, 16), !zeroAt(new Uint8Array(ab), 16, 32));
const dv = new DataView(new ArrayBuffer(32), 8, 16);
crypto.randomFillSync(dv);
console.log('dv', zeroAt(new Uint8Array(dv.buffer), 0, 8), zeroAt(new Uint8Array(dv.buffer), 24, 32));
console.log('returns', crypto.randomFillSync(buf) === buf);
t('offset big', () => crypto.randomFillSync(Buffer.alloc(4), 5));
t('offset negative', () => crypto.randomFillSync(Buffer.alloc(4), -1));
t('offset string', () => crypto.randomFillSync(Buffer.alloc(4), '1'));
t('size over', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
t('u32 size over', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
t('u32 fits', () => crypto.randomFillSync(new Uint32Array(4), 1, 3));
t('array', () => crypto.randomFillSync([]));
t('string buf', () => crypto.randomFillSync('abc'));
t('size 0', () => crypto.randomFillSync(Buffer.alloc(4), 0, 0));
t('async no cb', () => crypto.randomFill(Buffer.alloc(4)));
t('async offset no cb', () => crypto.randomFill(Buffer.alloc(4), 1));
t('async bad offset', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
t('async u32 size over', () => crypto.randomFill(new Uint32Array(4), 3, 2, () => {}));
// Pool jobs finish in any order: print their results sorted at exit.
const results = [];
process.on('exit', () => console.log(results.sort().join('\n')));
const abuf = Buffer.alloc(16);
crypto.randomFill(abuf, 4, 8, (err, out) => {
  results.push(['async range', err, out === abuf, zeroAt(abuf, 0, 4), zeroAt(abuf, 12, 16), !zeroAt(abuf, 4, 12)].join(' '));
});
const u16 = new Uint16Array(8);
crypto.randomFill(u16, 2, (err, out) => {
  const b8 = new Uint8Array(u16.buffer);
  results.push(['async offset only', err, out === u16, zeroAt(b8, 0, 4), !zeroAt(b8, 4, 16)].join(' '));
});
const whole = new Uint32Array(4);
crypto.randomFill(whole, (err, out) => results.push(['async whole', err, out === whole, !zeroAt(new Uint8Array(whole.buffer), 0, 16)].join(' ')));
crypto.randomFill(new ArrayBuffer(8), (err, out) => results.push(['async ab', err, out.byteLength].join(' ')));
crypto.randomFill(Buffer.alloc(4), 4, (err, out) => console.log('async empty', err, out.length));
