'use strict';
// Bad offsets and byte lengths for reads: Node's codes and messages.
const b = Buffer.alloc(4);
const tryRead = (name, ...args) => {
  try {
    console.log(name, JSON.stringify(args), b[name](...args));
  } catch (e) {
    console.log(name, JSON.stringify(args), e.code, e.name, e.message);
  }
};
for (const name of ['readUInt8', 'readInt16LE', 'readUInt32BE', 'readFloatLE', 'readDoubleBE', 'readBigUInt64LE']) {
  for (const o of [-1, 1.5, 4, 3, '0', null, NaN, {}, 2 ** 40]) tryRead(name, o);
}
for (const name of ['readUIntLE', 'readIntBE']) {
  tryRead(name, 0); tryRead(name, undefined, 2); tryRead(name, 0, 0); tryRead(name, 0, 7); tryRead(name, 0, 1.5);
  tryRead(name, 0, '2'); tryRead(name, 1, 4); tryRead(name, 'x', 2); tryRead(name, 3, 2); tryRead(name, -1, 1);
}
console.log(Buffer.alloc(0).readUInt8 !== undefined);
try { Buffer.alloc(0).readUInt8(0); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(1).readUInt16LE(0); } catch (e) { console.log(e.code, e.message); }
