'use strict';
// Buffer.concat with and without totalLength, Uint8Array members, and bad input.
const a = Buffer.from('abc');
const b = new Uint8Array([0x64, 0x65]);
console.log(Buffer.concat([a, b]).toString(), Buffer.concat([a, b], 4).toString(), Buffer.concat([a, b], 7).toString('hex'));
console.log(Buffer.concat([]).length, Buffer.concat([a]) !== a, Buffer.concat([a], 0).length, Buffer.isBuffer(Buffer.concat([b])));
const many = [];
for (let i = 0; i < 1000; i++) many.push(Buffer.from([i & 0xff]));
const all = Buffer.concat(many);
console.log(all.length, all[999], all.readUInt32BE(252));
for (const args of [['x'], [[a, 'x']], [[a, [1]]], [[a], -1], [[a], 1.5], [[a], '3'], [null]]) {
  try { Buffer.concat(...args); console.log('no throw'); } catch (e) { console.log(e.code, e.name, e.message); }
}
