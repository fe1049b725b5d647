'use strict';
// The legacy asciiWrite/latin1Write/utf8Write/hexWrite/ucs2Write/base64Write/
// base64urlWrite prototype methods: in Node 20 they are the native bindings, which
// clamp a too-large length to the space left, answer a negative offset or length with
// ERR_OUT_OF_RANGE "Index out of range", and only an offset past the end with
// ERR_BUFFER_OUT_OF_BOUNDS; also coercion of string/fractional/NaN offsets.
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.message); }
};
for (const m of ['asciiWrite', 'latin1Write', 'utf8Write', 'hexWrite', 'ucs2Write', 'base64Write', 'base64urlWrite']) {
  const s = m.startsWith('hex') ? '616263646566' : m.startsWith('base64') ? 'YWJjZGVm' : 'abcdef';
  for (const args of [[2, 10], [0, -1], [5], [4, 0], [-1], [2, 1], [undefined, 3], ['1', 2], [1.5, 2], [NaN, 2]]) {
    const b = Buffer.alloc(4, 0x2e);
    run(m + JSON.stringify(args), () => [b[m](s, ...args), b.toString('hex')]);
  }
}
