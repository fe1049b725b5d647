'use strict';
// Minimal Buffer (first cut, pure JS): replaced piece by piece by the full module.
const { FastBuffer, normalizeEncoding } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING, ERR_OUT_OF_RANGE } } = require('internal/errors');

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') return Buffer.alloc(arg);
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

const normEnc = normalizeEncoding;
function getEnc(enc) {
  const e = normEnc(enc);
  if (e === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return e;
}

function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (c < 0x800) { out.push(0xc0 | (c >> 6), 0x80 | (c & 63)); continue; }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        continue;
      }
      c = 0xfffd;
    }
    out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function utf8Decode(b, start, end) {
  let s = '';
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) { s += String.fromCharCode(c); i++; continue; }
    let need = 0, cp = 0, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0xf; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 7; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else { s += '\ufffd'; i++; continue; }
    let j = i + 1, ok = true;
    for (let k = 0; k < need; k++, j++) {
      const d = j < end ? b[j] : -1;
      if (d < lo || d > hi) { ok = false; break; }
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (!ok) { s += '\ufffd'; i = j; continue; }
    s += String.fromCodePoint(cp);
    i = j;
  }
  return s;
}

const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64urlchars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64lookup = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) { b64lookup[b64chars.charCodeAt(i)] = i; b64lookup[b64urlchars.charCodeAt(i)] = i; }

function base64Decode(str) {
  const out = [];
  let acc = 0, bits = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 61) break;
    const v = c < 256 ? b64lookup[c] : -1;
    if (v < 0) continue;
    acc = (acc << 6) | v; bits += 6;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff); }
  }
  return out;
}
function base64Encode(b, start, end, url) {
  const chars = url ? b64urlchars : b64chars;
  let s = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + chars[n & 63];
  }
  if (end - i === 1) {
    const n = b[i] << 16;
    s += chars[n >> 18] + chars[(n >> 12) & 63] + (url ? '' : '==');
  } else if (end - i === 2) {
    const n = (b[i] << 16) | (b[i + 1] << 8);
    s += chars[n >> 18] + chars[(n >> 12) & 63] + chars[(n >> 6) & 63] + (url ? '' : '=');
  }
  return s;
}
function hexDecode(str) {
  const out = [];
  for (let i = 0; i + 1 < str.length; i += 2) {
    const n = parseInt(str.substr(i, 2), 16);
    if (!/^[0-9a-fA-F]{2}$/.test(str.substr(i, 2))) break;
    out.push(n);
  }
  return out;
}

function encode(str, enc) {
  switch (enc) {
    case 'utf8': return utf8Encode(str);
    case 'hex': return hexDecode(str);
    case 'base64': case 'base64url': return base64Decode(str);
    case 'latin1': case 'ascii': {
      const out = new Array(str.length);
      for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 0xff;
      return out;
    }
    case 'utf16le': {
      const out = new Array(str.length * 2);
      for (let i = 0; i < str.length; i++) { const c = str.charCodeAt(i); out[2 * i] = c & 0xff; out[2 * i + 1] = c >> 8; }
      return out;
    }
  }
}

function decode(b, enc, start, end) {
  switch (enc) {
    case 'utf8': return utf8Decode(b, start, end);
    case 'hex': { let s = ''; for (let i = start; i < end; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16); return s; }
    case 'base64': return base64Encode(b, start, end, false);
    case 'base64url': return base64Encode(b, start, end, true);
    case 'latin1': { let s = ''; for (let i = start; i < end; i++) s += String.fromCharCode(b[i]); return s; }
    case 'ascii': { let s = ''; for (let i = start; i < end; i++) s += String.fromCharCode(b[i] & 0x7f); return s; }
    case 'utf16le': { let s = ''; for (let i = start; i + 1 < end; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8)); return s; }
  }
}

Buffer.alloc = function alloc(size, fill, encoding) {
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0) b.fill(fill, encoding);
  return b;
};
Buffer.allocUnsafe = Buffer.allocUnsafeSlow = (size) => new FastBuffer(size);

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    return new FastBuffer(encode(value, getEnc(encodingOrOffset)));
  }
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    const off = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
    const len = length === undefined ? value.byteLength - off : +length || 0;
    return new FastBuffer(value, off, len);
  }
  if (ArrayBuffer.isView(value)) {
    const b = new FastBuffer(value.byteLength);
    b.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return b;
  }
  if (value != null && typeof value === 'object') {
    if (value.type === 'Buffer' && Array.isArray(value.data)) return new FastBuffer(value.data);
    if (typeof value.length === 'number' || Array.isArray(value)) return new FastBuffer(Array.from(value));
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.isBuffer = (b) => b instanceof Buffer;
Buffer.isEncoding = (e) => typeof e === 'string' && e.length !== 0 && normEnc(e) !== undefined;
Buffer.byteLength = function byteLength(str, enc) {
  if (typeof str !== 'string') return str.byteLength;
  return encode(str, getEnc(enc)).length;
};
Buffer.concat = function concat(list, totalLength) {
  if (totalLength === undefined) { totalLength = 0; for (const b of list) totalLength += b.length; }
  const out = new FastBuffer(totalLength);
  let pos = 0;
  for (const b of list) {
    if (pos + b.length > totalLength) { out.set(b.subarray(0, totalLength - pos), pos); pos = totalLength; break; }
    out.set(b, pos); pos += b.length;
  }
  return out;
};

const proto = Buffer.prototype;
proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Decode(this, 0, this.length);
  start = start === undefined || start < 0 ? 0 : Math.min(start | 0, this.length);
  end = end === undefined || end > this.length ? this.length : end | 0;
  if (end <= start) return '';
  return decode(this, getEnc(encoding), start, end);
};
proto.slice = proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0) start = Math.max(len + start, 0); else if (start > len) start = len;
  if (end < 0) end = Math.max(len + end, 0); else if (end > len) end = len;
  if (end < start) end = start;
  return new FastBuffer(this.buffer, this.byteOffset + start, end - start);
};
proto.write = function write(string, offset, length, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; length = this.length; }
  else if (typeof length === 'string') { encoding = length; length = this.length - (offset | 0); }
  offset = offset === undefined ? 0 : offset >>> 0;
  if (length === undefined) length = this.length - offset;
  const bytes = encode(string, getEnc(encoding));
  const n = Math.min(bytes.length, length, this.length - offset);
  for (let i = 0; i < n; i++) this[offset + i] = bytes[i];
  return n;
};
proto.equals = function equals(other) {
  if (this.length !== other.length) return false;
  for (let i = 0; i < this.length; i++) if (this[i] !== other[i]) return false;
  return true;
};
const u8fill = Uint8Array.prototype.fill;
proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  if (typeof value === 'string') {
    const bytes = encode(value, getEnc(encoding));
    if (bytes.length === 1) return Reflect.apply(u8fill, this, [bytes[0], offset, end]);
    for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  }
  return Reflect.apply(u8fill, this, [value, offset, end]);
};
proto.toJSON = function toJSON() { return { type: 'Buffer', data: Array.from(this) }; };

module.exports = { Buffer, kMaxLength: 2 ** 32, constants: { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: (1 << 30) - 25 } };
