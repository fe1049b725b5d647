'use strict';
// node:buffer. Buffer is a Uint8Array subclass (FastBuffer, internal/buffer.js);
// encoding, decoding, search, compare and fill run in C++ (binding 'buffer', see
// src/modules/buffer/). Argument handling and error messages follow Node 20.

const binding = internalBinding('buffer');
const {
  FastBuffer, normalizeEncoding, validateNumber, addNumberMethods, bufferInternals,
} = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE,
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_UNKNOWN_ENCODING, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { encodingOps, getEncodingOps, stringTooLong } = require('internal/buffer_ops');

// The binding builds FastBuffers itself (pool slices, subarray) with these classes.
binding.setFastBuffer(FastBuffer, Uint8Array);

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

// ---- allocation ------------------------------------------------------------------
// Small unsafe allocations are carved out of a shared pool of Buffer.poolSize bytes
// (8 KiB), as in Node; the pool lives in the binding (src/modules/buffer/BufferPool.cpp)
// so that Buffer.from(string) can encode into it in one native call.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) return binding.poolAlloc(size);
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
}

function assertSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function isUint8Array(v) { return v instanceof Uint8Array; }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}

// ---- the Buffer function -----------------------------------------------------------

// Whether the first caller outside the runtime's own modules is in node_modules.
function isInsideNodeModules() {
  const lines = new Error().stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    // "at f (file:line:col)"; the runtime's own frames have no location or node:.
    const m = /^\s*at .*?\((.*?)(?::\d+:\d+)?\)$/.exec(lines[i]);
    if (m === null) continue;
    const file = m[1];
    if (file.startsWith('node:') || file === 'native') continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(file);
  }
  return false;
}

let bufferWarned = false;
let nodeModulesChecks = 0;
const kMaxNodeModulesChecks = 100;
function Buffer(arg, encodingOrOffset, length) {
  // As Node: DEP0005 once, and not for calls from a dependency (node_modules),
  // which stop being looked for after 100 calls.
  if (!bufferWarned && ++nodeModulesChecks <= kMaxNodeModulesChecks && !isInsideNodeModules()) {
    bufferWarned = true;
    if (typeof process.emitWarning === 'function') {
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
        'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
// What TypedArray methods (map, filter, slice of a subclass...) construct with: the
// class itself, as Node's, not Buffer() (deprecated, and it would warn).
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};
// The native Buffer.from answers strings with no encoding or an exact encoding name
// and calls the function above for everything else.
binding.setupPool(Buffer, Buffer.from);
Buffer.from = binding.from;

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromStringFast(string, ops) {
  return binding.fromString(string, ops.encodingVal);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (byteOffset <= -1) {
    // Node leaves this to the Uint8Array constructor; this is V8's message.
    throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  }
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    const b = binding.poolAlloc(obj.length);
    Uint8Array.prototype.set.call(b, obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
};

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(binding.createUnsafeArrayBuffer(size));
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

// A copy of a typed array's bytes; offset and length count elements, not bytes.
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!require('internal/util/types').isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const count = view.length;
  if (count === 0) return new FastBuffer();
  let start = 0;
  let end = count;
  if (offset !== undefined || length !== undefined) {
    const { validateInteger } = require('internal/net/validators');
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= count) return new FastBuffer();
      start = offset;
    }
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = Math.min(start + length, count);
    }
  }
  const size = view.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size);
  const copy = allocate(bytes.length);
  copy.set(bytes);
  return copy;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  const n = list.length;
  if (n === 0) return new FastBuffer();
  // Native fast path when every item is a Uint8Array; otherwise Node's generic loop.
  if (length === undefined) {
    // One native pass: the result itself, or its length when it is to be pooled.
    const made = binding.concatList(list, n, Buffer.poolSize >>> 1, kMaxLength);
    if (typeof made !== 'number') return made;
    if (made < 0) return concatSlow(list, undefined);
    length = made;
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  const pos = binding.copyList(list, n, buffer);
  if (pos < 0) {
    const i = -pos - 1;
    throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
};

function concatSlow(list, length) {
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
}

// The third argument (mustMatch) is internal, as in Node; length stays 2.
function byteLength(string, encoding, mustMatch) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  mustMatch = mustMatch === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : binding.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Object.defineProperty(byteLength, 'length', { value: 2 });
Buffer.byteLength = byteLength;

// ---- copy / fill ---------------------------------------------------------------------

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

const u8set = Uint8Array.prototype.set;
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  u8set.call(target, source, targetStart);
  return nb;
}

const u8fill = Uint8Array.prototype.fill;
function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    u8fill.call(buf, value, offset, end);
  } else {
    const res = binding.fill(buf, value, offset, end, encodingOps[encoding || 'utf8'].encodingVal);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

// Helpers internal/buffer_proto.js shares (not exported from node:buffer, as in Node).
Object.assign(bufferInternals, {
  allocate, fromStringFast, copyImpl, copyActual, _fill, validateOffset, isUint8Array, isAnyArrayBuffer,
});

module.exports = {
  Buffer, SlowBuffer, kMaxLength, kStringMaxLength, constants,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES');
    if (val < 0 || Number.isNaN(val)) throw new ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', val);
    INSPECT_MAX_BYTES = val;
  },
});

require('internal/buffer_proto');
