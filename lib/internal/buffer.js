'use strict';
// FastBuffer: the Uint8Array subclass every Buffer really is. lib/buffer.js makes
// FastBuffer.prototype the Buffer.prototype, so `new FastBuffer(ab, off, len)` wraps
// memory (for example an ArrayBuffer that native code filled) without copying and
// without running Buffer's argument checks.

class FastBuffer extends Uint8Array {
  // Same arguments as Uint8Array: (length) or (arrayBuffer, byteOffset, length).
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Node's canonical encoding names; undefined for an unknown encoding.
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

module.exports = { FastBuffer, normalizeEncoding };
