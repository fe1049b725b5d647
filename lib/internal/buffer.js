'use strict';
// FastBuffer (the Uint8Array subclass every Buffer really is), encoding-name
// normalization, and Buffer's numeric read/write methods. lib/buffer.js makes
// FastBuffer.prototype the Buffer.prototype, so `new FastBuffer(ab, off, len)` wraps
// memory (for example an ArrayBuffer that native code filled) without copying and
// without running Buffer's argument checks.
//
// The numeric methods read and write bytes with plain arithmetic (no DataView), and
// check their arguments exactly as Node does, so errors carry Node's codes and text.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS },
} = require('internal/errors');

class FastBuffer extends Uint8Array {
  // Same arguments as Uint8Array: (length) or (arrayBuffer, byteOffset, length).
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Node's canonical encoding names; undefined for an unknown encoding. null,
// undefined and '' mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

// ---- argument checks (Node's wording) --------------------------------------------

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// `byteLength` is the size minus one, as in Node.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// Reads `size` bytes at offset after Node's checks; returns nothing.
function checkRead(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

// ---- reads -------------------------------------------------------------------------

// The hot reads check inline (a call costs more than the read in an interpreter)
// and fall back to the shared helpers only to build the error.
function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readInt16LE(offset = 0) {
  const val = readUInt16LE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  const val = readUInt16BE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}

function uint32LE(b, o) { return b[o] + b[o + 1] * 2 ** 8 + b[o + 2] * 2 ** 16 + b[o + 3] * 2 ** 24; }
function uint32BE(b, o) { return b[o] * 2 ** 24 + b[o + 1] * 2 ** 16 + b[o + 2] * 2 ** 8 + b[o + 3]; }

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (last << 24);
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

// Unsigned little-endian integer of `size` (1..6) bytes at o, as a Number.
function uintLE(b, o, size) {
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++, mul *= 256) val += b[o + i] * mul;
  return val;
}

function uintBE(b, o, size) {
  let val = 0;
  for (let i = 0; i < size; i++) val = val * 256 + b[o + i];
  return val;
}

function toSigned(val, size) {
  const limit = 2 ** (size * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return uintLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return uintBE(this, offset, byteLength);
}

function readIntLE(offset, byteLength) {
  return toSigned(readUIntLE.call(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  return toSigned(readUIntBE.call(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  return BigInt(uint32LE(this, offset)) + (BigInt(uint32LE(this, offset + 4)) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  return (BigInt(uint32BE(this, offset)) << 32n) + BigInt(uint32BE(this, offset + 4));
}

function readBigInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  return (BigInt(uint32LE(this, offset + 4) | 0) << 32n) + BigInt(uint32LE(this, offset));
}

function readBigInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  return (BigInt(uint32BE(this, offset) | 0) << 32n) + BigInt(uint32BE(this, offset + 4));
}

// Floats go through a scratch Float32/Float64Array sharing memory with a byte view.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// "Forwards" copies the bytes in memory order, "Backwards" reverses them; the LE/BE
// methods are one or the other depending on the host, with these names as in Node.
function readFloat(buf, offset, forwards) {
  checkRead(buf, offset, 4);
  for (let i = 0; i < 4; i++) float32Bytes[forwards ? i : 3 - i] = buf[offset + i];
  return float32[0];
}

function readDouble(buf, offset, forwards) {
  checkRead(buf, offset, 8);
  for (let i = 0; i < 8; i++) float64Bytes[forwards ? i : 7 - i] = buf[offset + i];
  return float64[0];
}

function readFloatForwards(offset = 0) { return readFloat(this, offset, true); }
function readFloatBackwards(offset = 0) { return readFloat(this, offset, false); }
function readDoubleForwards(offset = 0) { return readDouble(this, offset, true); }
function readDoubleBackwards(offset = 0) { return readDouble(this, offset, false); }

// ---- writes ------------------------------------------------------------------------

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// Writes the low `size` (3, 5 or 6) bytes of `value` with Node's exact rounding:
// 3-byte writes divide and floor, wider ones split into 32-bit halves.
function putInt(buf, value, offset, size, le) {
  const at = le ? (i) => offset + i : (i) => offset + size - 1 - i;
  if (size === 3) {
    buf[at(0)] = value;
    value = Math.floor(value / 2 ** 8);
    buf[at(1)] = value;
    buf[at(2)] = Math.floor(value / 2 ** 8);
    return offset + 3;
  }
  const hi = Math.floor(value * 2 ** -32);
  buf[at(0)] = value;
  buf[at(1)] = value >>> 8;
  buf[at(2)] = value >>> 16;
  buf[at(3)] = value >>> 24;
  buf[at(4)] = hi;
  if (size === 6) buf[at(5)] = hi >>> 8;
  return offset + size;
}

function writeIntChecked(buf, value, offset, size, signed, le) {
  value = +value;
  const bits = size * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  checkInt(value, min, max, buf, offset, size - 1);
  return putInt(buf, value, offset, size, le);
}

function writeUInt8(value, offset = 0) { return writeU_Int8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU_Int8(this, value, offset, -0x80, 0x7f); }

function writeU_Int16(buf, value, offset, min, max, le) {
  value = +value;
  if (!(value <= max && value >= min) || typeof offset !== 'number' ||
      buf[offset] === undefined || buf[offset + 1] === undefined) {
    checkInt(value, min, max, buf, offset, 1);
  }
  buf[le ? offset : offset + 1] = value;
  buf[le ? offset + 1 : offset] = value >>> 8;
  return offset + 2;
}

function writeU_Int32(buf, value, offset, min, max, le) {
  value = +value;
  if (!(value <= max && value >= min) || typeof offset !== 'number' ||
      buf[offset] === undefined || buf[offset + 3] === undefined) {
    checkInt(value, min, max, buf, offset, 3);
  }
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}

function writeUInt16LE(value, offset = 0) { return writeU_Int16(this, value, offset, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeU_Int16(this, value, offset, 0, 0xffff, false); }
function writeInt16LE(value, offset = 0) { return writeU_Int16(this, value, offset, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeU_Int16(this, value, offset, -0x8000, 0x7fff, false); }
function writeUInt32LE(value, offset = 0) { return writeU_Int32(this, value, offset, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeU_Int32(this, value, offset, 0, 0xffffffff, false); }
function writeInt32LE(value, offset = 0) { return writeU_Int32(this, value, offset, -0x80000000, 0x7fffffff, true); }
function writeInt32BE(value, offset = 0) { return writeU_Int32(this, value, offset, -0x80000000, 0x7fffffff, false); }

function writeIntN(buf, value, offset, byteLength, signed, le) {
  if (byteLength === 1) {
    return signed ? writeU_Int8(buf, value, offset, -0x80, 0x7f) : writeU_Int8(buf, value, offset, 0, 0xff);
  }
  if (byteLength === 2) {
    return signed ? writeU_Int16(buf, value, offset, -0x8000, 0x7fff, le)
      : writeU_Int16(buf, value, offset, 0, 0xffff, le);
  }
  if (byteLength === 4) {
    return signed ? writeU_Int32(buf, value, offset, -0x80000000, 0x7fffffff, le)
      : writeU_Int32(buf, value, offset, 0, 0xffffffff, le);
  }
  checkByteLength(byteLength);
  return writeIntChecked(buf, value, offset, byteLength, signed, le);
}

function writeUIntLE(value, offset, byteLength) { return writeIntN(this, value, offset, byteLength, false, true); }
function writeUIntBE(value, offset, byteLength) { return writeIntN(this, value, offset, byteLength, false, false); }
function writeIntLE(value, offset, byteLength) { return writeIntN(this, value, offset, byteLength, true, true); }
function writeIntBE(value, offset, byteLength) { return writeIntN(this, value, offset, byteLength, true, false); }

function writeBig64(buf, value, offset, min, max, le) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo >>> (i * 8);
    buf[le ? offset + 4 + i : offset + 3 - i] = hi >>> (i * 8);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false); }

function writeFloat(buf, val, offset, forwards) {
  val = +val;
  checkBounds(buf, offset, 3);
  float32[0] = val;
  for (let i = 0; i < 4; i++) buf[offset + i] = float32Bytes[forwards ? i : 3 - i];
  return offset + 4;
}

function writeDouble(buf, val, offset, forwards) {
  val = +val;
  checkBounds(buf, offset, 7);
  float64[0] = val;
  for (let i = 0; i < 8; i++) buf[offset + i] = float64Bytes[forwards ? i : 7 - i];
  return offset + 8;
}

function writeFloatForwards(val, offset = 0) { return writeFloat(this, val, offset, true); }
function writeFloatBackwards(val, offset = 0) { return writeFloat(this, val, offset, false); }
function writeDoubleForwards(val, offset = 0) { return writeDouble(this, val, offset, true); }
function writeDoubleBackwards(val, offset = 0) { return writeDouble(this, val, offset, false); }

// Installs the numeric methods, with Node's lowercase `Uint` aliases.
function addNumberMethods(proto) {
  const methods = {
    readUInt8, readInt8, readUInt16LE, readUInt16BE, readInt16LE, readInt16BE,
    readUInt32LE, readUInt32BE, readInt32LE, readInt32BE,
    readUIntLE, readUIntBE, readIntLE, readIntBE,
    readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    readFloatLE: littleEndian ? readFloatForwards : readFloatBackwards,
    readFloatBE: littleEndian ? readFloatBackwards : readFloatForwards,
    readDoubleLE: littleEndian ? readDoubleForwards : readDoubleBackwards,
    readDoubleBE: littleEndian ? readDoubleBackwards : readDoubleForwards,
    writeUInt8, writeInt8, writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE,
    writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE,
    writeUIntLE, writeUIntBE, writeIntLE, writeIntBE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    writeFloatLE: littleEndian ? writeFloatForwards : writeFloatBackwards,
    writeFloatBE: littleEndian ? writeFloatBackwards : writeFloatForwards,
    writeDoubleLE: littleEndian ? writeDoubleForwards : writeDoubleBackwards,
    writeDoubleBE: littleEndian ? writeDoubleBackwards : writeDoubleForwards,
  };
  for (const name of Object.keys(methods)) {
    proto[name] = methods[name];
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = methods[name];
  }
}

// Filled by lib/buffer.js with the helpers internal/buffer_proto.js uses.
const bufferInternals = { __proto__: null };

module.exports = {
  bufferInternals,
  FastBuffer,
  normalizeEncoding,
  validateNumber,
  boundsError,
  addNumberMethods,
};
