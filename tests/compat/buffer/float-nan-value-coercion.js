'use strict';
// Float reads of NaN payloads, signalling NaN, -0 and -Infinity; float32 rounding and
// subnormals on write; value coercion for integer writes (undefined, null, numeric
// strings, hex strings, arrays, booleans, fractions); doubles from strings/valueOf;
// BigInt write/read range errors and wrong value types (engine TypeError: name only);
// the Uint* spellings being the same functions as the UInt* ones.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f(), (k, v) => (typeof v === 'bigint' ? `${v}n` : v))); } catch (e) {
    console.log(label, e.code, e.name, e.code ? e.message : '');
  }
};
const b = Buffer.alloc(8);
const nanf = Buffer.from('7fc00001', 'hex');
const nand = Buffer.from('7ff8000000000001', 'hex');
const snan = Buffer.from('7f800001', 'hex');
run('nan', () => [nanf.readFloatBE(), nand.readDoubleBE(), snan.readFloatBE(), Buffer.from('ff800000', 'hex').readFloatBE(),
  Buffer.from('80000000', 'hex').readFloatBE(), Object.is(Buffer.from('80000000', 'hex').readFloatBE(), -0)]);
run('nanw', () => {
  const x = Buffer.alloc(12);
  x.writeFloatLE(NaN);
  x.writeDoubleBE(-NaN, 4);
  return x.toString('hex');
});
run('f32round', () => {
  const x = Buffer.alloc(4);
  return [1.0000001, 3.4028235677973366e38, 3.4028236e38, 1e-46, -1e-46, 1.401298464324817e-45, 16777217].map((v) => {
    x.writeFloatBE(v);
    return [x.toString('hex'), x.readFloatBE()];
  });
});
for (const v of [undefined, null, '12', '0x10', ' 7 ', 'abc', {}, [], [5], true, 1.9, -0.9, 255.5]) {
  run('u8 ' + String(v), () => {
    const x = Buffer.alloc(4);
    x.writeUInt8(v); x.writeInt8(v, 1); x.writeUInt16LE(v, 2);
    return x.toString('hex');
  });
}
run('fstr', () => { const x = Buffer.alloc(8); x.writeDoubleLE('1.5'); return x.readDoubleLE(); });
run('fobj', () => { const x = Buffer.alloc(8); x.writeDoubleLE({ valueOf: () => 2.5 }); return x.readDoubleLE(); });
run('fundef', () => { const x = Buffer.alloc(8); x.writeDoubleLE(); return x.toString('hex'); });
run('big1', () => b.writeBigInt64LE(1));
run('big2', () => b.writeBigUInt64LE('1'));
run('big4', () => b.writeBigInt64LE(2n ** 63n));
run('big5', () => b.writeBigUInt64BE(2n ** 64n + 5n));
run('big6', () => b.writeBigInt64BE(-(2n ** 64n)));
run('big7', () => b.writeBigUInt64LE(-0n));
run('big8', () => b.writeBigInt64LE(1n, 1));
run('big9', () => b.readBigInt64LE(1));
run('big10', () => b.readBigUInt64BE(-1));
run('big11', () => b.readBigUInt64BE('0'));
run('big12', () => b.writeBigUint64LE(5n));
run('big13', () => b.readBigUint64BE());
run('alias', () => ['readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE', 'readUintLE', 'readUintBE', 'writeUint8',
  'writeUint16LE', 'writeUint16BE', 'writeUint32LE', 'writeUint32BE', 'writeUintLE', 'writeUintBE', 'readBigUint64LE', 'writeBigUint64BE']
  .map((n) => typeof b[n] === 'function' && b[n] === b[n.replace('Uint', 'UInt')]));
