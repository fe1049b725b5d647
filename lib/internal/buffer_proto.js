'use strict';
// Buffer.prototype methods (toString, write, slice, compare, indexOf, swap, JSON,
// inspect, ...) and the remaining node:buffer exports (atob, btoa, isUtf8, isAscii,
// transcode, Blob). Loaded by lib/buffer.js once Buffer exists.

const binding = internalBinding('buffer');
const bufferModule = require('buffer');
const { Buffer } = bufferModule;
const { FastBuffer, normalizeEncoding, addNumberMethods, bufferInternals } = require('internal/buffer');
const { encodingOps, getEncodingOps, checked, stringTooLong } = require('internal/buffer_ops');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_UNKNOWN_ENCODING, ERR_MISSING_ARGS, ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { copyImpl, _fill, validateOffset, isUint8Array, isAnyArrayBuffer } = bufferInternals;

const proto = Buffer.prototype;

addNumberMethods(proto);

// ---- decoding ----------------------------------------------------------------------

const { utf8Slice } = binding;
proto.toString = function toString(encoding, start, end) {
  let result;
  if (encoding === undefined && start === undefined && end === undefined) {
    result = utf8Slice(this, 0, this.length);
  } else {
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) {
      result = utf8Slice(this, start, end);
    } else {
      const ops = getEncodingOps(encoding);
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
      result = ops.slice(this, start, end);
    }
  }
  if (result === undefined) throw stringTooLong();
  return result;
};
// The native toString answers the common calls and defers to this one otherwise.
binding.setToStringFallback(proto.toString);
proto.toString = binding.toString;
proto.toLocaleString = proto.toString;

// buf.xxxSlice(start, end) and buf.xxxWrite(string, offset, length): Node's native
// bindings (named as the method, length 0). The binding's legacyMethods answer the
// common calls and hand the rest to the JS versions below, which follow Node's
// argument rules (ParseArrayIndex in src/node_buffer.cc): undefined takes the
// default, other values are converted to integers (NaN is 0), a negative one is
// ERR_OUT_OF_RANGE "Index out of range"; a write offset past the end is
// ERR_BUFFER_OUT_OF_BOUNDS and a length past the end is trimmed to the space left.
function rangeError() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function toIndex(v, def) {
  if (v === undefined) return def;
  const n = Math.trunc(+v);
  if (Number.isNaN(n)) return 0;
  if (n < 0) throw rangeError();
  return n;
}

function argTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function notAString() { return argTypeError('argument must be a string'); }

for (const [name, ops] of [['utf8', encodingOps.utf8], ['ucs2', encodingOps.ucs2],
  ['latin1', encodingOps.latin1], ['ascii', encodingOps.ascii],
  ['base64', encodingOps.base64], ['base64url', encodingOps.base64url], ['hex', encodingOps.hex]]) {
  const { slice: sliceBytes, write: writeBytes } = ops;
  binding.setLegacyFallback(ops.encodingVal, function slice(start, end) {
    if (!ArrayBuffer.isView(this)) throw argTypeError('argument must be a buffer');
    const len = this.byteLength;
    if (len === 0) return '';
    start = toIndex(start, 0);
    end = toIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw rangeError();
    return checked(sliceBytes(this, start, end));
  }, function write(string, offset, length) {
    if (!ArrayBuffer.isView(this)) throw argTypeError('argument must be a buffer');
    if (typeof string !== 'string') throw notAString();
    const len = this.byteLength;
    offset = toIndex(offset, 0);
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    const room = len - offset;
    length = toIndex(length, room);
    if (length > room) length = room;
    if (length === 0) return 0;
    return writeBytes(this, string, offset, length);
  });
  proto[`${name}Slice`] = binding.legacyMethods[`${name}Slice`];
  proto[`${name}Write`] = binding.legacyMethods[`${name}Write`];
}

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw notAString();
  if (offset === undefined) return binding.utf8Write(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return binding.utf8Write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

// ---- views, comparison, search --------------------------------------------------------

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  // Fast path: integer offsets already in range need no adjusting.
  if (typeof start === 'number' && start >= 0 && start <= srcLength && (start | 0) === start) {
    if (end === undefined) end = srcLength;
    else if (!(typeof end === 'number' && end >= 0 && end <= srcLength && (end | 0) === end)) end = adjustOffset(end, srcLength);
  } else {
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  }
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

binding.setSubarrayFallback(proto.subarray);
proto.subarray = binding.subarray;

// slice is subarray (Node's slice calls this.subarray; both share memory), under
// its own name.
proto.slice = binding.slice;

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf (dir true) or lastIndexOf (dir false) of a string, number or buffer.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? encodingOps.utf8.encodingVal : ops.encodingVal;
    return binding.indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- byte order, JSON, inspect --------------------------------------------------------

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  binding.swap16(this);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  binding.swap32(this);
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  binding.swap64(this);
  return this;
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

for (const [name, get] of [['parent', (b) => b.buffer], ['offset', (b) => b.byteOffset]]) {
  Object.defineProperty(proto, name, {
    enumerable: true,
    configurable: true,
    get() { return this instanceof Buffer ? get(this) : undefined; },
  });
}

function isIndexKey(key) {
  return typeof key === 'string' && String(key >>> 0) === key && (key >>> 0) !== 2 ** 32 - 1;
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');
proto[customInspect] = function inspect(recurseTimes, ctx) {
  const max = bufferModule.INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.hexSlice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own non-index properties (string keys, then symbols; non-enumerable ones only
    // with showHidden) are shown too, as Node does.
    const keys = Reflect.ownKeys(this).filter((k) => !isIndexKey(k) &&
      (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(this, k)));
    if (keys.length > 0) {
      const obj = Object.create(null);
      for (const key of keys) obj[key] = this[key];
      const { inspect: utilInspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspect];

// ---- module-level functions --------------------------------------------------------------

function domException(message, name) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(input, 'latin1').toString('base64');
}

// The forgiving-base64 check (WHATWG Infra): whitespace anywhere, '=' only at the end.
function atobCheck(input) {
  let significant = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const isAlpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x2b || c === 0x2f;
    if (!isAlpha && c !== 0x3d) throw domException('Invalid character', 'InvalidCharacterError');
    significant++;
    if (c === 0x3d) equals++;
    else if (equals) throw domException('Invalid character', 'InvalidCharacterError');
    if (equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
  }
  let reminder = significant % 4;
  if (!reminder) reminder = (significant - equals) % 4;
  else if (equals) throw domException('Invalid character', 'InvalidCharacterError');
  if (reminder === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  atobCheck(input);
  return Buffer.from(input, 'base64').toString('latin1');
}

function checkValidatable(input) {
  if (!(ArrayBuffer.isView(input) && !(input instanceof DataView)) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const ab = isAnyArrayBuffer(input) ? input : input.buffer;
  if (ab.detached === true) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
}

function isUtf8(input) {
  checkValidatable(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  checkValidatable(input);
  return binding.isAscii(input);
}

// transcode() between the encodings Node's ICU build converts without extra data,
// with ICU's handling of bad input: to latin1/ascii each invalid sequence or
// unrepresentable character becomes '?'; utf8 -> ucs2 and ucs2 -> utf8 reject invalid
// input (ill-formed UTF-8, a lone surrogate, no whole UTF-16 unit) with
// U_INVALID_CHAR_FOUND; 'ascii' input bytes >= 0x80 are invalid (U+FFFD or '?')
// except to ucs2, which widens them as latin1.
const kTranscodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
const kIcuErrors = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };

function transcodeError(code) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = kIcuErrors[code];
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!kTranscodable.has(from) || !kTranscodable.has(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  const length = source.length;
  let str;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND');
      str = binding.utf8Slice(source, 0, length);
      break;
    case 'utf16le': {
      const whole = length & ~1;
      str = binding.ucs2Slice(source, 0, whole);
      if (to === 'utf8') {
        if (whole === 0 || !str.isWellFormed()) throw transcodeError('U_INVALID_CHAR_FOUND');
      } else if (to === 'utf16le') {
        str = str.toWellFormed();
        if (whole !== length) str += '\ufffd';
      }
      break;
    }
    case 'ascii':
      str = binding.latin1Slice(source, 0, length);
      if (to !== 'utf16le') str = str.replace(/[\x80-\xff]/g, to === 'utf8' ? '\ufffd' : '?');
      break;
    default:
      str = binding.latin1Slice(source, 0, length);
  }
  if (to === 'ascii') str = str.replace(/[^\x00-\x7f]/gu, '?');
  else if (to === 'latin1') str = str.replace(/[^\x00-\xff]/gu, '?');
  return Buffer.from(str, to);
}

Object.assign(bufferModule, { atob, btoa, isUtf8, isAscii, transcode });
const { Blob, File, resolveObjectURL: resolveBlobURL } = require('internal/blob');
// Node's signature: (url), converted to a string first.
function resolveObjectURL(url) {
  return resolveBlobURL(`${url}`);
}
Object.assign(bufferModule, { Blob, File, resolveObjectURL });
void ERR_OUT_OF_RANGE;
