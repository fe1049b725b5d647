'use strict';
// generateKeyPair / generateKeyPairSync (RSA, RSA-PSS, DSA, EC, Ed25519/Ed448,
// X25519/X448; the key made now or on the thread pool) and generateKey /
// generateKeySync (HMAC and AES secrets), as Node 20's lib/internal/crypto/keygen.js.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  validateFunction, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/net/validators');
const { binding, nativeError, invalidDigest } = require('internal/crypto/util');
const {
  PublicKeyObject, PrivateKeyObject, createSecretKey, parsePublicKeyEncoding, parsePrivateKeyEncoding,
} = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');

// Digest names as getHashes() lists them (crypto.js is loaded by then).
const getHashes = () => require('crypto').getHashes();

// Checks the public and private key encodings asked for before the key is made
// (undefined: a KeyObject; format 'jwk': a JWK object).
function checkKeyEncodings(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') {
      throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
    }
    if (publicKeyEncoding.format !== 'jwk') parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') {
      throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
    }
    if (privateKeyEncoding.format !== 'jwk') parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  }
}

// The arguments of binding.generateKeyPair after `type`, checked as Node checks them.
function keyPairParams(type, options) {
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      if (type === 'rsa') return [modulusLength, publicExponent];
      const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      if (hash !== undefined) {
        process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.', 'DeprecationWarning', 'DEP0154');
        validateString(hash, 'options.hash');
        if (hashAlgorithm && hash !== hashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
      }
      if (mgf1Hash !== undefined) {
        process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.', 'DeprecationWarning', 'DEP0154');
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
      }
      const md = hashAlgorithm || hash;
      const mgf1 = mgf1HashAlgorithm || mgf1Hash;
      const known = (name) => getHashes().includes(name.toLowerCase()) || getHashes().includes(name);
      if (md !== undefined && !known(md)) throw invalidDigest(md);
      if (mgf1 !== undefined && !known(mgf1)) {
        throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid MGF1 digest: ${mgf1}`);
      }
      return [modulusLength, publicExponent, md, mgf1, saltLength];
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      return [modulusLength, divisorLength];
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      let { paramEncoding } = options;
      if (paramEncoding == null || paramEncoding === 'named') paramEncoding = false;
      else if (paramEncoding === 'explicit') paramEncoding = true;
      else throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      if (!binding.isCurve(namedCurve)) {
        throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      }
      return [namedCurve, paramEncoding];
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return [];
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

function prepare(type, options) {
  validateString(type, 'type');
  const params = keyPairParams(type, options);
  const { publicKeyEncoding, privateKeyEncoding } = options ?? {};
  checkKeyEncodings(type, options);
  return { params, publicKeyEncoding, privateKeyEncoding };
}

function finish([pub, priv], { publicKeyEncoding, privateKeyEncoding }) {
  const publicKey = new PublicKeyObject(pub);
  const privateKey = new PrivateKeyObject(priv);
  return {
    publicKey: publicKeyEncoding == null ? publicKey : publicKey.export(publicKeyEncoding),
    privateKey: privateKeyEncoding == null ? privateKey : privateKey.export(privateKeyEncoding),
  };
}

function generateKeyPairSync(type, options) {
  const p = prepare(type, options);
  const ret = binding.generateKeyPair(undefined, type, ...p.params);
  // As Node, the error of a key generation job carries only its message.
  if (typeof ret[0] === 'string') throw new Error(ret[0]);
  return finish(ret, p);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const p = prepare(type, options);
  binding.generateKeyPair({
    oncomplete(error, pair) {
      if (error !== undefined) return callback.call(this, new Error(error[0]));
      let keys;
      try {
        keys = finish(pair, p);
      } catch (err) {
        return callback.call(this, err);
      }
      callback.call(this, null, keys.publicKey, keys.privateKey);
    },
  }, type, ...p.params);
}

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, "must be a supported key type");
  }
  return length;
}

function generateKeySync(type, options) {
  const length = secretKeyLength(type, options);
  return createSecretKey(randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyLength(type, options);
  randomBytes(Math.floor(length / 8), (err, bytes) => {
    if (err) return callback(err);
    callback(null, createSecretKey(bytes));
  });
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
