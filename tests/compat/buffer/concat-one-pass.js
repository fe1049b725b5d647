// Buffer.concat without a length: large results (their own ArrayBuffer, made in one
// native pass), small ones (from the pool), a non-Uint8Array item, empty items, a
// pool size of 0.
const a = Buffer.alloc(3000, 1), b = Buffer.alloc(2000, 2);
const r = Buffer.concat([a, b]);
console.log(r.length, r[0], r[2999], r[3000], r[4999], r.buffer.byteLength >= 5000, r.byteOffset, Buffer.isBuffer(r), r.constructor.name);
const small = Buffer.concat([Buffer.from('ab'), new Uint8Array([99])]);
console.log(small.toString(), small.buffer.byteLength);
try { Buffer.concat([a, 'x']); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.concat([Buffer.alloc(0), Buffer.alloc(0)]).length);
Buffer.poolSize = 0; console.log(Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString());
Buffer.poolSize = 8192;
console.log(Buffer.concat([Buffer.from('q'), Buffer.alloc(5000)]).length);
