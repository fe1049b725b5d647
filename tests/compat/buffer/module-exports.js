'use strict';
// node:buffer exports: constants, kMaxLength, kStringMaxLength, INSPECT_MAX_BYTES.
const buffer = require('buffer');
const nodeBuffer = require('node:buffer');
console.log(buffer === nodeBuffer, buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.Blob, typeof buffer.File);
console.log(buffer.kMaxLength, buffer.kStringMaxLength, JSON.stringify(buffer.constants), buffer.INSPECT_MAX_BYTES);
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);
for (const name of ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa',
  'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File']) {
  if (!(name in buffer)) console.log('missing', name);
}
for (const v of [-1, 'x', NaN]) {
  try { buffer.INSPECT_MAX_BYTES = v; } catch (e) { console.log(e.code, e.name); }
}
buffer.INSPECT_MAX_BYTES = 3;
console.log(buffer.INSPECT_MAX_BYTES);
console.log(Buffer.poolSize, typeof Buffer.of, Buffer.of(1, 2, 300).toString('hex'), Buffer.name, Buffer.length);
