'use strict';
// Random byte strings (deterministic PRNG) decoded as UTF-8: a digest of the code
// units must match Node's decoder exactly.
let seed = 12345;
function rand() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
// Bias towards bytes that form (and break) multi-byte sequences.
const pool = [0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x90, 0x8f];
for (let round = 0; round < 40; round++) {
  const len = rand() % 64;
  const bytes = [];
  for (let i = 0; i < len; i++) bytes.push(rand() % 3 === 0 ? rand() & 0xff : pool[rand() % pool.length]);
  const s = Buffer.from(bytes).toString();
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  console.log(round, len, s.length, h.toString(16));
}
