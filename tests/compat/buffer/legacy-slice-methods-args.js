'use strict';
// The legacy xxxSlice(start, end) methods (native in Node 20): undefined takes the
// default, other values are converted to integers (NaN is 0), negatives and an end past
// the buffer are ERR_OUT_OF_RANGE "Index out of range", end < start gives '', an empty
// buffer gives '' whatever the arguments; any ArrayBufferView is accepted as `this`,
// anything else is ERR_INVALID_ARG_TYPE. Also the xxxWrite receiver/argument checks.
const run = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); } };
const b = Buffer.from('abcdef');
for (const m of ['asciiSlice', 'latin1Slice', 'utf8Slice', 'hexSlice', 'ucs2Slice', 'base64Slice', 'base64urlSlice']) {
  for (const args of [[], [1], [1, 3], [3, 1], [-1], [0, -1], [0, 7], [0, 6], ['1', '2'], [NaN, NaN], [1.7, 4.2], [Infinity], [0, Infinity], [6, 6], [7]]) {
    run(m + JSON.stringify(args), () => b[m](...args));
  }
  run(m + ' empty', () => Buffer.alloc(0)[m](5, -1));
  run(m + ' u16', () => b[m].call(new Uint16Array([0x6162]), 0));
  run(m + ' dv', () => b[m].call(new DataView(new ArrayBuffer(2)), 0));
  run(m + ' obj', () => b[m].call({}, 0));
}
for (const m of ['utf8Write', 'hexWrite', 'latin1Write']) {
  run(m + ' nonstr', () => Buffer.alloc(4)[m](5));
  run(m + ' obj', () => b[m].call({}, 'a'));
  run(m + ' obj-nonstr', () => b[m].call({}, 5));
  run(m + ' u16', () => { const u = new Uint16Array(2); return [b[m].call(u, '6162', 1), Array.from(u)]; });
  run(m + ' inf', () => Buffer.alloc(4)[m]('6162', 0, Infinity));
  run(m + ' -inf', () => Buffer.alloc(4)[m]('6162', 0, -Infinity));
  run(m + ' off-inf', () => Buffer.alloc(4)[m]('6162', Infinity));
  run(m + ' off-str', () => Buffer.alloc(4)[m]('6162', 'x', 1));
  run(m + ' len0', () => Buffer.alloc(4)[m]('6162', 4, 0));
  run(m + ' big-len', () => Buffer.alloc(4)[m]('6162', 1, 2 ** 40));
  run(m + ' obj-args', () => Buffer.alloc(4)[m]('6162', { valueOf() { return 1; } }, { valueOf() { return 1; } }));
}
