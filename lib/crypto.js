'use strict';
// node:crypto — hashes, HMAC, ciphers (with an IV), key derivation, random values,
// key objects, signatures and key generation from OpenSSL's libcrypto, as Node 20
// has them. SubtleCrypto is not part of this runtime.

const { binding, cachedNameList, nativeError } = require('internal/crypto/util');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const {
  Cipher, Decipher, Cipheriv, Decipheriv, createCipher, createDecipher, createCipheriv, createDecipheriv,
  getCipherInfo,
} = require('internal/crypto/cipher');
const { KeyObject, createSecretKey, createPublicKey, createPrivateKey } = require('internal/crypto/keys');
const {
  Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot,
} = require('internal/crypto/sig');
const {
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync,
} = require('internal/crypto/keygen');
const { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt } = require('internal/crypto/public_cipher');
const {
  diffieHellman, ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
} = require('internal/crypto/diffiehellman');
const { X509Certificate } = require('internal/crypto/x509');
const Certificate = require('internal/crypto/certificate');
const { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync } = require('internal/crypto/prime');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

const getHashes = cachedNameList(() => binding.getHashes());
const getCiphers = cachedNameList(() => binding.getCiphers());
const getCurves = cachedNameList(() => binding.getCurves());

// Checked as Node's binding checks it (its message names no received value); a
// native function in Node, so its length is 0.
function timingSafeEqual(buf1 = undefined, buf2 = undefined) {
  for (const [name, buf] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(buf1, buf2);
}

let webcrypto;
function lazyWebCrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

module.exports = {
  // Methods
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generateKey,
  generateKeySync,
  generateKeyPair,
  generateKeyPairSync,
  generatePrime,
  generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: signOneShot,
  timingSafeEqual,
  getFips() { return 0; },
  // No secure heap in this runtime (Node's without --secure-heap).
  secureHeapUsed() { return { total: 0, used: 0, utilization: 0, min: 0 }; },
  verify: verifyOneShot,
  hash,

  // Classes
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
};

// As Node: read-only constants, except the default TLS cipher list, a lazy accessor
// that becomes a plain (writable) property once read or assigned.
const { constants } = binding;
const cipherList = constants.defaultCipherList;
const setCipherList = (value) => Object.defineProperty(constants, 'defaultCipherList', {
  value, writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(constants, 'defaultCipherList', {
  get() {
    setCipherList(cipherList);
    return cipherList;
  },
  set(value) { setCipherList(value); },
  enumerable: true,
  configurable: true,
});

// The deprecated aliases of randomBytes (DEP0115) that packages such as tsscmp still
// use: hidden accessors, replaced by a plain property when assigned.
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, name, {
    get() { return randomBytes; },
    set(value) {
      Object.defineProperty(this, name, { value, writable: true, enumerable: false, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}

// The deprecated password-based forms (DEP0106): hidden, read-only, warning once
// (util.deprecate's wrapper, made on first use so that loading crypto does not load util).
function deprecated(fn, name) {
  let wrapped;
  return function deprecated(...args) {
    wrapped ??= require('util').deprecate(fn, `crypto.${name} is deprecated.`, 'DEP0106');
    return new.target ? Reflect.construct(wrapped, args, new.target) : Reflect.apply(wrapped, this, args);
  };
}

Object.defineProperties(module.exports, {
  createCipher: { value: deprecated(createCipher, 'createCipher'), writable: false, enumerable: false, configurable: false },
  createDecipher: { value: deprecated(createDecipher, 'createDecipher'), writable: false, enumerable: false, configurable: false },
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  webcrypto: { get() { return lazyWebCrypto().crypto; }, set: undefined, enumerable: true, configurable: false },
  getRandomValues: { get: () => getRandomValues, set: undefined, enumerable: true, configurable: false },
});
