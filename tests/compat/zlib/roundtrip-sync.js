// Every format round-trips synchronously. Node's bundled zlib (Chromium's) and the
// system zlib can choose different matches, so compressed bytes are compared only
// where they are fixed: headers, trailers, stored blocks (level 0), empty input.
const zlib = require('zlib');
const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'],
];
// zlib: Adler-32 of the data; gzip: CRC-32 and size; raw deflate has none.
function trailer(c, packed) {
  if (c === 'deflateSync') return packed.subarray(-4).toString('hex');
  if (c === 'gzipSync') return packed.subarray(-8).toString('hex');
  return '-';
}
for (const [c, d] of pairs) {
  const packed = zlib[c](input);
  const back = zlib[d](packed);
  console.log(c, d, back.equals(input), Buffer.isBuffer(packed), packed.length < input.length / 4,
    packed.subarray(0, 2).toString('hex'), trailer(c, packed));
}
for (const level of [-1, 0, 1, 6, 9]) {
  const z = zlib.deflateSync(input, { level });
  const g = zlib.gzipSync(input, { level });
  console.log('level', level, zlib.inflateSync(z).equals(input), z.subarray(0, 2).toString('hex'),
    g.subarray(0, 10).toString('hex'), level === 0 ? z.toString('hex').length : '');
}
console.log(zlib.deflateSync('stored', { level: 0 }).toString('hex'));
console.log(zlib.deflateSync('').toString('hex'), zlib.gzipSync('').toString('hex'), zlib.deflateRawSync('').toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(0))).length);
console.log(zlib.gunzipSync(zlib.gzipSync('ünïcödé ☃')).toString());
