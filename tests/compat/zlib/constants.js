// zlib.constants and zlib.codes: Node's keys in Node's order and their values.
const zlib = require('zlib');
const c = zlib.constants;
console.log(Object.getPrototypeOf(c) === null, Object.isFrozen(zlib.codes));
// ZLIB_VERNUM is the version of the zlib linked in; only its presence is compared.
for (const k of Object.keys(c)) console.log(k, k === 'ZLIB_VERNUM' ? typeof c[k] : c[k]);
console.log(JSON.stringify(zlib.codes));
console.log(Object.keys(zlib.codes).length);
// The legacy top-level constants mirror zlib.constants (without Brotli's).
let same = 0, missing = [];
for (const k of Object.keys(c)) {
  if (k.startsWith('BROTLI')) continue;
  if (zlib[k] === c[k]) same++; else missing.push(k);
}
console.log(same, missing);
console.log(zlib.Z_MAX_CHUNK, zlib.Z_DEFAULT_CHUNK, zlib.Z_DEFAULT_LEVEL, zlib.BROTLI_ENCODE);
