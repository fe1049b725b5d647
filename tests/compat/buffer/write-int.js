'use strict';
// Integer writes of every width: returned offset and bytes.
const methods = [['writeUInt8', 200], ['writeInt8', -2], ['writeUInt16LE', 0xabcd], ['writeUInt16BE', 0xabcd],
  ['writeInt16LE', -300], ['writeInt16BE', -300], ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef],
  ['writeInt32LE', -123456789], ['writeInt32BE', -123456789], ['writeUint8', 7], ['writeUint16LE', 258],
  ['writeUint32BE', 1], ['writeUInt8', 1.9], ['writeUInt16LE', 1.5], ['writeInt32LE', -1.5], ['writeUInt32LE', '42'],
  ['writeInt8', NaN], ['writeUInt16BE', true]];
for (const [name, value] of methods) {
  const b = Buffer.alloc(6);
  const r1 = b[name](value);
  const r2 = b[name](value, 2);
  console.log(name, value, r1, r2, b.toString('hex'));
}
