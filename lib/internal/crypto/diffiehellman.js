'use strict';
// diffieHellman({ privateKey, publicKey }) for EC and X25519/X448 KeyObjects,
// createECDH (ECDH), and the finite-field createDiffieHellman (DiffieHellman) and
// getDiffieHellman (DiffieHellmanGroup), as Node 20's
// lib/internal/crypto/diffiehellman.js.

const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT, ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY, ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateInt32, validateObject, validateString } = require('internal/net/validators');
const {
  binding, kHandle, cryptoError, nativeError, getArrayBufferOrView, toBuf,
} = require('internal/crypto/util');
const { KeyObject } = require('internal/crypto/keys');

const { POINT_CONVERSION_COMPRESSED, POINT_CONVERSION_HYBRID, POINT_CONVERSION_UNCOMPRESSED } = binding.constants;
const dhEnabledKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhEnabledKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  const ret = binding.statelessDH(privateKey[kHandle], publicKey[kHandle]);
  if (Array.isArray(ret)) throw cryptoError(ret);
  return ret;
}

// The binding's ECDH answers (PublicKeyCipher.cpp's Failure numbers).
function ecdhResult(ret, what) {
  if (ret === 3) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  if (ret === 4) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  if (ret === 5) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', `Failed to get ECDH ${what} key`);
  if (ret === 6) throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  if (Array.isArray(ret)) throw cryptoError(ret);
  return ret;
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function newHandle(curve) {
  try {
    return new binding.ECDH(curve);
  } catch {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  }
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = newHandle(curve);
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encode(ecdhResult(this[kHandle].computeSecret(key)), outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  ecdhResult(this[kHandle].setPrivateKey(key));
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  ecdhResult(this[kHandle].setPublicKey(key));
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encode(ecdhResult(this[kHandle].getPrivateKey(), 'private'), encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  ecdhResult(this[kHandle].generateKeys());
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = getFormat(format);
  return encode(ecdhResult(this[kHandle].getPublicKey(f), 'public'), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  newHandle(curve);  // the curve's check
  return encode(ecdhResult(binding.ecdhConvertKey(key, curve, f)), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

const kDhGenerator = 2;
const kSizeOrKeyTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// The binding's DiffieHellman answers (PublicKeyCipher.cpp's Failure numbers).
function dhResult(ret, what) {
  switch (ret) {
    case 5: throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${what} key - did you forget to generate one?`);
    case 7: throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
    case 8: throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
    case 9: throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type');
  }
  if (Array.isArray(ret)) throw cryptoError(ret);
  return ret;
}

function setVerifyError(self) {
  Object.defineProperty(self, 'verifyError', {
    enumerable: true, value: self[kHandle].verifyError(), writable: false, configurable: true,
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isArrayBufferView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', kSizeOrKeyTypes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = kDhGenerator;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', kSizeOrKeyTypes, generator);
  }
  const handle = new binding.DiffieHellman();
  dhResult(handle.init(sizeOrKey, generator));
  this[kHandle] = handle;
  setVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const handle = new binding.DiffieHellman();
  if (!dhResult(handle.initGroup(name))) throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = handle;
  setVerifyError(this);
}

function dhGenerateKeys(encoding) {
  return encode(dhResult(this[kHandle].generateKeys()), encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encode(dhResult(this[kHandle].computeSecret(key)), outEnc);
}

function dhGetPrime(encoding) {
  return encode(this[kHandle].getPrime(), encoding);
}

function dhGetGenerator(encoding) {
  return encode(this[kHandle].getGenerator(), encoding);
}

function dhGetPublicKey(encoding) {
  return encode(dhResult(this[kHandle].getPublicKey(), 'public'), encoding);
}

function dhGetPrivateKey(encoding) {
  return encode(dhResult(this[kHandle].getPrivateKey(), 'private'), encoding);
}

for (const Ctor of [DiffieHellman, DiffieHellmanGroup]) {
  Object.assign(Ctor.prototype, {
    generateKeys: dhGenerateKeys,
    computeSecret: dhComputeSecret,
    getPrime: dhGetPrime,
    getGenerator: dhGetGenerator,
    getPublicKey: dhGetPublicKey,
    getPrivateKey: dhGetPrivateKey,
  });
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPublicKey(key);
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this[kHandle].setPrivateKey(key);
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(groupName) {
  return new DiffieHellmanGroup(groupName);
}

module.exports = {
  diffieHellman, ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
};
