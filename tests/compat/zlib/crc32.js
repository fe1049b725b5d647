// zlib.crc32: known vectors, chaining, every input type, argument errors.
const zlib = require('zlib');
console.log(zlib.crc32(''), zlib.crc32('123456789').toString(16), zlib.crc32('The quick brown fox jumps over the lazy dog').toString(16));
console.log(zlib.crc32('héllo ☃'), zlib.crc32(Buffer.from('héllo ☃')));
console.log(zlib.crc32(Buffer.alloc(1000, 0xff)), zlib.crc32(new Uint8Array([1, 2, 3])));
console.log(zlib.crc32(new Uint32Array([0xdeadbeef, 1])), zlib.crc32(new DataView(new ArrayBuffer(5))));
console.log(zlib.crc32(new Float64Array([1.5]).subarray(0, 1)));
const whole = zlib.crc32('hello world');
console.log(whole === zlib.crc32(' world', zlib.crc32('hello')), zlib.crc32('abc', 0), zlib.crc32('abc', 12345), zlib.crc32('', 4294967295));
// The gzip trailer holds the CRC-32 of the data.
const gz = zlib.gzipSync('hello world');
console.log(gz.readUInt32LE(gz.length - 8) === whole);
for (const args of [[5], [null], [new ArrayBuffer(4)], [[1, 2]], ['a', -1], ['a', 2 ** 32], ['a', 1.5], ['a', '1']]) {
  try { zlib.crc32(...args); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('lone surrogate', zlib.crc32('a\ud800b') === zlib.crc32(Buffer.from('a\ud800b')), zlib.crc32('\udc00'));
