'use strict';
// crypto.Hash and crypto.Hmac (createHash, createHmac), as Node 20's
// lib/internal/crypto/hash.js: validation here, the digest in the binding's Hash and
// Hmac handles (OpenSSL contexts freed with the handle).

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/net/validators');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  binding, kHandle, kBuffer, encodingId, inputEncodingId, cryptoError, getArrayBufferOrView, invalidDigest,
} = require('internal/crypto/util');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof Hash;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  const handle = new binding.Hash();
  const ok = handle.init(isCopy ? algorithm[kHandle] : algorithm, xofLen);
  if (ok !== true) throw cryptoError(ok);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, inputEncodingId(encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(digestIn(this[kHandle], undefined));
  callback();
};

// A hex string of odd length is refused (rather than its last digit dropped), as Node.
function validateEncoding(data, encoding) {
  if (normalizeEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    if (encoding !== undefined) validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(data, inputEncodingId(encoding))) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

// Digest bytes as a Buffer, or a string when `outputEncoding` names an encoding
// (unknown names give a Buffer, as in Node).
function digestIn(handle, outputEncoding) {
  const ret = handle.digest(outputEncoding ? encodingId(`${outputEncoding}`, kBuffer) : kBuffer);
  if (Array.isArray(ret)) throw cryptoError(ret);
  return ret;
}

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const ret = digestIn(this[kHandle], outputEncoding);
  state[kFinalized] = true;
  return ret;
};

// crypto.hash(): a one-shot digest, hex unless told otherwise.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      normalized = 'buffer';
    }
  }
  const handle = new binding.Hash();
  if (handle.init(algorithm, undefined) !== true) throw new Error(`Digest method ${algorithm} is not supported`);
  handle.update(input, 0);
  return digestIn(handle, normalized);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

let keys;

// A key as bytes: a buffer, a string, or a secret KeyObject's (CryptoKey is not part
// of this runtime).
function prepareSecretKey(key, encoding) {
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return key;
  if (typeof key !== 'string') {
    keys ??= require('internal/crypto/keys');
    if (keys.isKeyObject(key)) return keys.prepareSecretKey(key);
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  const handle = new binding.Hmac();
  const ok = handle.init(hmac, key);
  if (ok === false) throw invalidDigest(hmac);
  if (ok !== true) throw cryptoError(ok);
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
  }
  const ret = digestIn(this[kHandle], outputEncoding);
  state[kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

module.exports = { Hash, Hmac, hash, prepareSecretKey, getStringOption, validateEncoding };
