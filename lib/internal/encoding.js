'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding Standard) for utf-8, utf-16le,
// utf-16be and windows-1252/latin1, with `fatal`, `ignoreBOM` and streaming.
// UTF-8 decoding runs in the buffer binding with Node's replacement rules; a
// streaming decoder holds back only an incomplete character at the end of a chunk.
// Like Node, the windows-1252 labels decode bytes as Latin-1.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_THIS,
  },
} = require('internal/errors');

const { validateString } = require('internal/net/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const empty = new Uint8Array(0);

// ---- TextEncoder ---------------------------------------------------------------------

const encodeIntoResult = new Uint32Array(2);
const kEncoder = Symbol('encoder');

function validateEncoder(obj) {
  if (obj?.[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    if (this?.[kEncoder] !== true) validateEncoder(this);
    const ab = binding.createFromString(`${input}`, 0);
    return new Uint8Array(ab);
  }

  encodeInto(src, dest) {
    if (this?.[kEncoder] !== true) validateEncoder(this);
    if (typeof src !== 'string') validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeInto(src, dest, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    return require('internal/util/inspect').inspect({ encoding: this.encoding }, opts);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// ---- labels ------------------------------------------------------------------------------

const kLabels = new Map();
function addLabels(name, labels) {
  for (const l of labels) kLabels.set(l, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
  'windows-1252', 'x-cp1252']);

function getEncodingFromLabel(label) {
  const trimmed = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return kLabels.get(trimmed);
}

// ---- input handling ---------------------------------------------------------------------

function inputError(kind) {
  const msg = kind === 'list'
    ? 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.'
    : kind === 'latin1'
      ? 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.'
      : 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  const err = new TypeError(msg);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}

// `kind` names the error message; a decoder off its fast path (st) uses 'input's.
function toBytes(input, kind, st) {
  if (input instanceof Uint8Array) return input;
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw inputError(st !== undefined && !st.fastPath ? 'input' : kind);
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Bytes at the end of `b` that start a UTF-8 character the chunk does not finish.
function utf8IncompleteTail(b) {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if (c < 0x80) return 0;
    if (c < 0xc0) continue;  // continuation byte: keep looking for the lead
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    if (c < 0xc2 || c > 0xf4 || back >= need) return 0;
    // The bytes after the lead must be a valid prefix (WHATWG's bounds).
    const second = b[n - back + 1];
    if (back >= 2) {
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (second < lo || second > hi) return 0;
    }
    return back;
  }
  return 0;
}

// Node throws this one from C++ with only a code: no own errno (which the
// ERR_ENCODING_INVALID_ENCODED_DATA constructor sets).
function invalidData(encoding) {
  const err = new ERR_ENCODING_INVALID_ENCODED_DATA(encoding, undefined);
  delete err.errno;
  return err;
}

// Lone surrogates in UTF-16 input become U+FFFD (or fail when fatal).
function wellFormed(str, fatal, encoding) {
  if (str.isWellFormed()) return str;
  if (fatal) throw invalidData(encoding);
  return str.toWellFormed();
}

// windows-1252 characters for the bytes 0x80-0x9F (the rest are Latin-1).
const kWindows1252 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';
function windows1252Char(c) { return kWindows1252[c.charCodeAt(0) - 0x80]; }

// ---- TextDecoder ---------------------------------------------------------------------------

const kState = Symbol('kState');

// Node's validateObject(options, 'options', kValidateObjectAllowObjectsAndNull):
// objects, arrays, functions and null pass.
function validateOptions(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined) validateOptions(options);
    this[kState] = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: empty,     // bytes held back from the previous streaming call
      bomChecked: false,  // the start of the stream has been seen
      // Node's utf-8 and latin1 fast paths, which skip the check of decode's options,
      // until the first streaming call.
      fastPath: enc === 'utf-8' || enc === 'windows-1252',
    };
  }

  get encoding() { return state(this).encoding; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }

  decode(input = empty, options = undefined) {
    const st = state(this);
    let stream = false;
    if (options !== undefined) {
      stream = Boolean(options?.stream);
      if (stream) st.fastPath = false;
      if (!st.fastPath) validateOptions(options);
    }
    let out;
    switch (st.encoding) {
      case 'utf-8': out = decodeUtf8(st, toBytes(input, 'list', st), stream); break;
      case 'windows-1252':
        out = binding.latin1Slice(toBytes(input, 'latin1', st), 0, Infinity);
        // Node's latin1 fast path decodes Latin-1; once streamed, its ICU windows-1252.
        if (!st.fastPath) out = out.replace(/[\x80-\x9f]/g, windows1252Char);
        break;
      default: out = decodeUtf16(st, toBytes(input, 'input'), stream, st.encoding === 'utf-16be'); break;
    }
    if (!st.ignoreBOM && !st.bomChecked && out.length > 0) {
      st.bomChecked = true;
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    }
    if (!stream) {
      st.pending = empty;
      st.bomChecked = false;
    }
    return out;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const st = state(this);
    const { inspect } = require('internal/util/inspect');
    return `TextDecoder ${inspect({ encoding: st.encoding, fatal: st.fatal, ignoreBOM: st.ignoreBOM }, opts)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}
for (const name of ['decode']) Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
Object.defineProperty(TextEncoder.prototype, 'encoding', { enumerable: true });
Object.defineProperty(TextEncoder.prototype, 'encode', { enumerable: true });
Object.defineProperty(TextEncoder.prototype, 'encodeInto', { enumerable: true });

function state(self) {
  const st = self?.[kState];
  if (st === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return st;
}

function decodeUtf8(st, bytes, stream) {
  if (st.pending.length) {
    bytes = concatBytes(st.pending, bytes);
    st.pending = empty;
  }
  if (stream) {
    const tail = utf8IncompleteTail(bytes);
    if (tail) {
      st.pending = bytes.slice(bytes.length - tail);
      bytes = bytes.subarray(0, bytes.length - tail);
    }
  }
  const out = binding.decodeUtf8(bytes, st.fatal);
  if (out === undefined) {
    st.pending = empty;
    throw invalidData('utf-8');
  }
  if (out === null) throw require('internal/buffer_ops').stringTooLong();
  return out;
}

function decodeUtf16(st, bytes, stream, bigEndian) {
  if (st.pending.length) {
    bytes = concatBytes(st.pending, bytes);
    st.pending = empty;
  }
  let n = bytes.length;
  let tail = n & 1;
  if (stream) {
    // Hold back an odd byte and a trailing high surrogate for the next chunk.
    if (n - tail >= 2) {
      const hiByte = bigEndian ? bytes[n - tail - 2] : bytes[n - tail - 1];
      if ((hiByte & 0xfc) === 0xd8) tail += 2;
    }
    if (tail) st.pending = bytes.slice(n - tail);
    n -= tail;
  } else if (tail && st.fatal) {
    throw invalidData(st.encoding);
  }
  let units = bytes.subarray(0, n - (stream ? 0 : tail));
  if (bigEndian) {
    units = units.slice();
    binding.swap16(units);
  }
  let out = wellFormed(binding.ucs2Slice(units, 0, units.length), st.fatal, st.encoding);
  if (!stream && tail) out += '\ufffd';
  return out;
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
