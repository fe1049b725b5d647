'use strict';
// buf.copy(target, targetStart, sourceStart, sourceEnd) clamping and errors.
const src = Buffer.from('abcdefgh');
const run = (...args) => {
  const t = Buffer.alloc(6, 0x2e);
  try {
    const n = src.copy(t, ...args);
    console.log(JSON.stringify(args), n, t.toString());
  } catch (e) {
    console.log(JSON.stringify(args), e.code, e.name, e.message);
  }
};
run(); run(2); run(0, 3); run(0, 3, 5); run(4, 0, 8); run(6); run(10); run(0, 8); run(0, 7, 3);
run(-1); run(0, -1); run(0, 0, -1); run(0, 9); run(1.5, 1.5, 3.9); run('2', '1', '3'); run(NaN, NaN, NaN);
run(0, 0, 100); run(undefined, undefined, 2);
const u = new Uint8Array(4);
console.log(Buffer.from('xy').copy(u, 1), Array.from(u));
const self = Buffer.from('0123456789');
self.copy(self, 2, 0, 5);
console.log(self.toString());
try { src.copy('x'); } catch (e) { console.log(e.code, e.message); }
