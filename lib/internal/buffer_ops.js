'use strict';
// One table entry per encoding: its binding id and how to measure, write, decode and
// search a string in it. Buffer's methods dispatch through getEncodingOps(), which
// accepts Node's spellings in any letter case.

const binding = internalBinding('buffer');
const { FastBuffer } = require('internal/buffer');
const { codes: { ERR_STRING_TOO_LONG } } = require('internal/errors');

// Ids of the native encodings (src/modules/buffer/BufferBinding.h).
const kUtf8 = 0, kUtf16le = 1, kLatin1 = 2, kAscii = 3, kBase64 = 4, kBase64url = 5, kHex = 6;

function stringTooLong() {
  if (ERR_STRING_TOO_LONG) return new ERR_STRING_TOO_LONG();
  const err = new Error(`Cannot create a string longer than 0x${binding.kStringMaxLength.toString(16)} characters`);
  err.code = 'ERR_STRING_TOO_LONG';
  return err;
}

// Decoded strings come back undefined when longer than a string may be.
function checked(s) {
  if (s === undefined) throw stringTooLong();
  return s;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Strings searched as bytes of another encoding are first converted to a buffer.
function bytesOf(val, encodingVal) {
  return new FastBuffer(binding.createFromString(val, encodingVal));
}

// slice and write are the binding functions themselves (no wrapper frame): slice
// returns undefined when the string would be too long, callers check.
function makeOps(encoding, encodingVal, byteLength, slice, write, searchAsString) {
  return {
    encoding,
    encodingVal,
    byteLength,
    write,
    slice,
    indexOf: searchAsString
      ? (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, encodingVal, dir)
      : (buf, val, byteOffset, dir) => binding.indexOfBuffer(buf, bytesOf(val, encodingVal), byteOffset, encodingVal, dir),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', kUtf8, binding.byteLengthUtf8, binding.utf8Slice, binding.utf8Write, true),
  ucs2: makeOps('utf16le', kUtf16le, (s) => s.length * 2, binding.ucs2Slice, binding.ucs2Write, true),
  utf16le: null,
  latin1: makeOps('latin1', kLatin1, (s) => s.length, binding.latin1Slice, binding.latin1Write, true),
  ascii: makeOps('ascii', kAscii, (s) => s.length, binding.asciiSlice, binding.asciiWrite, false),
  base64: makeOps('base64', kBase64, (s) => base64ByteLength(s, s.length), binding.base64Slice,
    binding.base64Write, false),
  base64url: makeOps('base64url', kBase64url, (s) => base64ByteLength(s, s.length), binding.base64urlSlice,
    binding.base64urlWrite, false),
  hex: makeOps('hex', kHex, (s) => s.length >>> 1, binding.hexSlice, binding.hexWrite, false),
};
encodingOps.utf16le = encodingOps.ucs2;

// Exact spellings, looked up before the case-insensitive switch below.
const opsByName = Object.create(null);
for (const [names, ops] of [[['utf8', 'utf-8'], 'utf8'], [['ucs2', 'ucs-2', 'utf16le', 'utf-16le'], 'ucs2'],
  [['latin1', 'binary'], 'latin1'], [['ascii'], 'ascii'], [['base64'], 'base64'], [['base64url'], 'base64url'],
  [['hex'], 'hex']]) {
  for (const n of names) opsByName[n] = encodingOps[ops];
}

function getEncodingOps(encoding) {
  if (typeof encoding === 'string') {
    const ops = opsByName[encoding];
    if (ops !== undefined) return ops;
  }
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.ucs2;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.ucs2;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
  return undefined;
}

module.exports = { encodingOps, getEncodingOps, stringTooLong, checked, kUtf8, kUtf16le, kLatin1 };
