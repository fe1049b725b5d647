// require('zlib') and require('node:zlib') give the same module with Node's keys,
// hidden legacy constants and Node's function names and lengths.
const zlib = require('zlib');
console.log(zlib === require('node:zlib'));
console.log(Object.keys(zlib).join(' '));
const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.getOwnPropertyDescriptor(zlib, k).enumerable);
console.log(hidden.join(' '));
for (const k of ['crc32', 'Gzip', 'createGzip', 'gzip', 'gzipSync', 'BrotliCompress', 'createBrotliDecompress', 'constants', 'codes', 'Z_OK', 'UNZIP']) {
  const d = Object.getOwnPropertyDescriptor(zlib, k);
  console.log(k, typeof d.value, d.writable, d.enumerable, d.configurable);
}
for (const k of ['crc32', 'Gzip', 'createGzip', 'createUnzip', 'gzip', 'gzipSync', 'inflateRaw', 'unzipSync', 'BrotliDecompress', 'brotliCompress', 'brotliCompressSync']) {
  console.log(k, JSON.stringify(zlib[k].name), zlib[k].length);
}
