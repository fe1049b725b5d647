'use strict';
// Shared pieces of node:crypto: the binding (loaded on first use), argument
// conversion as Node's lib/internal/crypto/util.js does it, and the errors built
// from what the binding reports (native returns a description; JS builds the error).

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const binding = internalBinding('crypto');
const kHandle = Symbol('kHandle');

// Buffer encoding ids of the binding (lib/internal/buffer_ops.js); -1: a Buffer.
const kBuffer = -1;
const kEncodingIds = {
  __proto__: null,
  'utf8': 0, 'utf-8': 0, 'ucs2': 1, 'ucs-2': 1, 'utf16le': 1, 'utf-16le': 1,
  'latin1': 2, 'binary': 2, 'ascii': 3, 'base64': 4, 'base64url': 5, 'hex': 6, 'buffer': kBuffer,
};

// Node's ParseEncoding: names in any case; anything else (not a string, unknown)
// is `fallback`.
function encodingId(encoding, fallback) {
  if (typeof encoding !== 'string') return fallback;
  const id = kEncodingIds[encoding] ?? kEncodingIds[encoding.toLowerCase()];
  return id === undefined ? fallback : id;
}

// Unknown encodings (and 'buffer') read an input string as UTF-8, as Node's binding.
function inputEncodingId(encoding) {
  const id = encodingId(encoding, 0);
  return id === kBuffer ? 0 : id;
}

// Node's Error from an OpenSSL error description [message, library, reason, code,
// opensslErrorStack].
function cryptoError([message, library, reason, code, stack]) {
  const err = new Error(message);
  if (stack !== undefined) err.opensslErrorStack = stack;
  if (library !== undefined) err.library = library;
  if (reason !== undefined) err.reason = reason;
  if (code !== undefined) err.code = code;
  return err;
}

// An error as Node's C++ layer throws it: a plain error (no `[CODE]` in its name
// line) with a `code` property.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}
const invalidDigest = (name) => nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);
const invalidKeylen = () => nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

function toBuf(val, encoding) {
  if (typeof val === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(val, encoding);
  }
  return val;
}

// Node's cachedResult + filterDuplicateStrings: one entry per lower-cased name
// (the last spelling seen), sorted; each call gets its own copy.
function cachedNameList(load) {
  let list;
  return function () {
    if (list === undefined) {
      const map = new Map();
      for (const name of load()) map.set(name.toLowerCase(), name);
      list = [...map.values()].sort();
    }
    return list.slice();
  };
}

module.exports = {
  binding,
  kHandle,
  kBuffer,
  encodingId,
  inputEncodingId,
  cryptoError,
  nativeError,
  invalidDigest,
  invalidKeylen,
  getArrayBufferOrView,
  toBuf,
  cachedNameList,
};
