'use strict';
// createCipheriv / createDecipheriv (Cipheriv, Decipheriv) and the deprecated
// password forms createCipher / createDecipher (Cipher, Decipher), as Node 20's
// lib/internal/crypto/cipher.js: stream Transforms (LazyTransform) whose work is
// done by the binding's CipherBase (an EVP_CIPHER_CTX).

const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/net/validators');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  binding, kHandle, inputEncodingId, cryptoError, nativeError, invalidKeylen, getArrayBufferOrView,
} = require('internal/crypto/util');
const { prepareSecretKey, getStringOption, validateEncoding } = require('internal/crypto/hash');

let StringDecoder;

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

// The binding's failures (CipherBase's Error numbers, a message about the
// authentication tag, an OpenSSL error description) as Node's C++ layer throws them.
function bindingError(ret) {
  switch (ret) {
    case 1: return nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 2: return nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case 3: return invalidKeylen();
    case 4: return nativeError(RangeError, 'ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length');
    case 5: return nativeError(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
  }
  if (typeof ret === 'string') return nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', ret);
  return cryptoError(ret);
}

// `iv` undefined: the deprecated password form (createCipher), which warns about
// counter modes as Node does.
function createCipherBase(cipher, credential, options, encrypt, iv) {
  const authTagLength = getUIntOption(options, 'authTagLength');
  const handle = new binding.CipherBase(encrypt);
  let ret;
  if (iv === undefined) {
    const counterMode = binding.isCounterMode(cipher);
    if (counterMode === undefined) throw bindingError(1);
    if (encrypt && counterMode) process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
    ret = handle.init(cipher, credential, authTagLength);
  } else {
    ret = handle.initiv(cipher, credential, iv, authTagLength);
  }
  if (ret !== true) throw bindingError(ret);
  this[kHandle] = handle;
  this._decoder = null;
  Reflect.apply(LazyTransform, this, [options]);
}

function createCipherWithIV(cipher, key, options, encrypt, iv) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  Reflect.apply(createCipherBase, this, [cipher, key, options, encrypt, iv]);
}

function createCipherWithPassword(cipher, password, options, encrypt) {
  validateString(cipher, 'cipher');
  password = getArrayBufferOrView(password, 'password');
  Reflect.apply(createCipherBase, this, [cipher, password, options, encrypt, undefined]);
}

function getDecoder(decoder, encoding) {
  const normalizedEncoding = normalizeEncoding(encoding);
  StringDecoder ??= require('string_decoder').StringDecoder;
  decoder ||= new StringDecoder(encoding);
  if (decoder.encoding !== normalizedEncoding) {
    if (normalizedEncoding === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    // Output already started in another encoding: a multi-byte character may be split.
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

// update() and final() answer a Buffer, or why not.
function check(ret) {
  if (typeof ret === 'number' || Array.isArray(ret)) throw bindingError(ret);
  return ret;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = check(this[kHandle].update(data, inputEncodingId(inputEncoding)));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = this[kHandle].final();
  if (ret === null) throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  check(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return ret;
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const ret = this[kHandle].setAuthTag(tagbuf);
  if (typeof ret === 'string') throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', ret);
  if (!ret) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  const ret = this[kHandle].setAAD(aadbuf, plaintextLength);
  if (typeof ret === 'number') throw bindingError(ret);
  if (!ret) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(check(this[kHandle].update(chunk, inputEncodingId(encoding))));
  callback();
}

function _flush(callback) {
  try {
    this.push(final.call(this));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function addCipherPrototypeFunctions(Ctor) {
  Object.setPrototypeOf(Ctor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(Ctor, LazyTransform);
  Ctor.prototype._transform = _transform;
  Ctor.prototype._flush = _flush;
  Ctor.prototype.update = update;
  Ctor.prototype.final = final;
  Ctor.prototype.setAutoPadding = setAutoPadding;
  if (Ctor === Cipheriv || Ctor === Cipher) Ctor.prototype.getAuthTag = getAuthTag;
  else Ctor.prototype.setAuthTag = setAuthTag;
  Ctor.prototype.setAAD = setAAD;
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  Reflect.apply(createCipherWithPassword, this, [cipher, password, options, true]);
}
addCipherPrototypeFunctions(Cipher);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  Reflect.apply(createCipherWithPassword, this, [cipher, password, options, false]);
}
addCipherPrototypeFunctions(Decipher);

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  Reflect.apply(createCipherWithIV, this, [cipher, key, options, true, iv]);
}
addCipherPrototypeFunctions(Cipheriv);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  Reflect.apply(createCipherWithIV, this, [cipher, key, options, false, iv]);
}
addCipherPrototypeFunctions(Decipheriv);

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const ret = binding.getCipherInfo(nameOrNid, keyLength, ivLength);
  if (ret !== undefined && ret.name) ret.name = ret.name.toLowerCase();
  return ret;
}

module.exports = {
  getCipherInfo,
  Cipher, Decipher, Cipheriv, Decipheriv, createCipher, createDecipher, createCipheriv, createDecipheriv,
};
