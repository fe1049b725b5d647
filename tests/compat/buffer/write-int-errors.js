'use strict';
// Out-of-range values and offsets for integer writes.
const b = Buffer.alloc(8);
const tryWrite = (name, ...args) => {
  try {
    console.log(name, args.map(String).join(','), b[name](...args));
  } catch (e) {
    console.log(name, args.map(String).join(','), e.code, e.name, e.message);
  }
};
tryWrite('writeUInt8', 256); tryWrite('writeUInt8', -1); tryWrite('writeInt8', 128); tryWrite('writeInt8', -129);
tryWrite('writeUInt16LE', 65536); tryWrite('writeInt16BE', -32769); tryWrite('writeUInt32LE', 2 ** 32);
tryWrite('writeInt32BE', 2 ** 31); tryWrite('writeUInt32BE', -1); tryWrite('writeInt32LE', -(2 ** 31) - 1);
tryWrite('writeUInt8', 1, 8); tryWrite('writeUInt16LE', 1, 7); tryWrite('writeUInt32LE', 1, 5); tryWrite('writeUInt32LE', 1, -1);
tryWrite('writeUInt32LE', 1, 1.5); tryWrite('writeUInt32LE', 1, '0'); tryWrite('writeInt16LE', 1, null);
tryWrite('writeUInt8', 1, NaN); tryWrite('writeInt8', Infinity); tryWrite('writeUInt32BE', 1e20);
tryWrite('writeUInt32LE', 12345678901234); tryWrite('writeUInt16LE', 'abc');
