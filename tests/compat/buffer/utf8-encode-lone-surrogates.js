'use strict';
// Lone surrogates encode as EF BF BD; a valid pair encodes as 4 bytes.
const cases = ['\ud800', '\udc00', '\udbff\udfff', '\udc00\ud800', 'a\ud800', '\ud800a', '\ud800\ud800\udc00',
  '\udfff\udfff', 'x\ud83d\ude00y\ud83d', '\ud83d'];
for (const s of cases) {
  const b = Buffer.from(s);
  console.log(JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s), Buffer.byteLength(s, 'utf8') === b.length);
}
