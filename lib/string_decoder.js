'use strict';
// StringDecoder: decodes a byte stream split into chunks without breaking a
// multi-byte character across chunk boundaries. The bytes of a character that a
// chunk leaves incomplete wait in a small buffer for the next write(); the rules
// for when to give up on a partial UTF-8 sequence follow Node's decoder exactly,
// so the replacement characters land in the same places.

const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kNative = Symbol('kNativeDecoder');

function decodeRange(bytes, start, end, encoding) {
  return Buffer.prototype.toString.call(bytes, encoding, start, end);
}

class DecoderState {
  constructor(encoding) {
    this.encoding = encoding;
    this.buf = Buffer.alloc(4);
    this.missing = 0;
    this.buffered = 0;
  }

  // Finishes a character started by an earlier chunk. Returns [prefix, consumed].
  finishPending(data) {
    let n = data.length;
    if (this.encoding === 'utf8') {
      for (let i = 0; i < n && i < this.missing; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          // Not a continuation byte: the pending character ends here, malformed.
          this.missing = 0;
          this.buf.set(data.subarray(0, i), this.buffered);
          this.buffered += i;
          data = data.subarray(i);
          n -= i;
          const prefix = decodeRange(this.buf, 0, this.buffered, 'utf8');
          this.buffered = 0;
          return [prefix, data];
        }
      }
    }
    const found = Math.min(n, this.missing);
    this.buf.set(data.subarray(0, found), this.buffered);
    this.missing -= found;
    this.buffered += found;
    data = data.subarray(found);
    if (this.missing !== 0) return ['', data];
    const prefix = decodeRange(this.buf, 0, this.buffered, this.encoding);
    this.buffered = 0;
    return [prefix, data];
  }

  // Counts the trailing bytes of `data` that begin an incomplete character.
  splitTail(data) {
    const n = data.length;
    const enc = this.encoding;
    if (enc === 'utf8') {
      if (!(data[n - 1] & 0x80)) return;
      for (let i = n - 1; ; i--) {
        this.buffered++;
        const c = data[i];
        if ((c & 0xc0) === 0x80) {
          if (this.buffered >= 4 || i === 0) { this.buffered = 0; return; }
          continue;
        }
        if ((c & 0xe0) === 0xc0) this.missing = 2;
        else if ((c & 0xf0) === 0xe0) this.missing = 3;
        else if ((c & 0xf8) === 0xf0) this.missing = 4;
        else { this.buffered = 0; return; }
        if (this.buffered >= this.missing) { this.missing = 0; this.buffered = 0; }
        this.missing -= this.buffered;
        return;
      }
    } else if (enc === 'utf16le') {
      if (n % 2 === 1) { this.buffered = 1; this.missing = 1; }
      else if ((data[n - 1] & 0xfc) === 0xd8) { this.buffered = 2; this.missing = 2; }
    } else {
      this.buffered = n % 3;
      if (this.buffered > 0) this.missing = 3 - this.buffered;
    }
  }

  decode(data) {
    const enc = this.encoding;
    if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') {
      return decodeRange(data, 0, data.length, enc);
    }
    let prefix = '';
    if (this.missing > 0) [prefix, data] = this.finishPending(data);
    if (data.length === 0) return prefix;
    this.splitTail(data);
    let n = data.length;
    if (this.buffered > 0) {
      n -= this.buffered;
      this.buf.set(data.subarray(n), 0);
    }
    return n > 0 ? prefix + decodeRange(data, 0, n, enc) : prefix;
  }

  flush() {
    if (this.encoding === 'utf16le' && this.buffered % 2 === 1) {
      this.missing--;
      this.buffered--;
    }
    if (this.buffered === 0) return '';
    const s = decodeRange(this.buf, 0, this.buffered, this.encoding);
    this.missing = 0;
    this.buffered = 0;
    return s;
  }
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kNative] = new DecoderState(enc);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  return this[kNative].decode(toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  return ret + this[kNative].flush();
};

// Node's undocumented helper: decodes `buf` from `offset` on, keeping state.
StringDecoder.prototype.text = function text(buf, offset) {
  const st = this[kNative];
  st.missing = 0;
  st.buffered = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get() { return this[kNative].buf; },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get() { return this[kNative].missing; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get() { return this[kNative].buffered + this[kNative].missing; },
  },
});

module.exports = { StringDecoder };
