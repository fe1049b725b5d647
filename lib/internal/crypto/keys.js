'use strict';
// KeyObject (secret, public and private keys), createSecretKey, createPublicKey and
// createPrivateKey, as Node 20's lib/internal/crypto/keys.js: option parsing here,
// the key in the binding's KeyObjectHandle (an OpenSSL EVP_PKEY or the secret's
// bytes). CryptoKey (SubtleCrypto) is not part of this runtime.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_JWK, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString } = require('internal/net/validators');
const { binding, kHandle, cryptoError, nativeError, getArrayBufferOrView } = require('internal/crypto/util');
const keyObjects = require('internal/crypto/key_object_set');

const { KeyObjectHandle } = binding;
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

// The binding's numbers (src/modules/crypto/Keys.cpp).
const kKeyTypeSecret = 0;
const kKeyTypePublic = 1;
const kKeyTypePrivate = 2;
const kKeyFormatPEM = 0;
const kKeyFormatDER = 1;
const kKeyFormatJWK = 2;
const kKeyEncodingPKCS1 = 0;
const kKeyEncodingPKCS8 = 1;
const kKeyEncodingSPKI = 2;
const kKeyEncodingSEC1 = 3;
const encodingNames = ['pkcs1', 'pkcs8', 'spki', 'sec1'];

// Key input contexts.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

// The binding's failures as Node's errors.
function keyError(ret) {
  switch (ret) {
    case 1: return nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 2: return nativeError(TypeError, 'ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key');
  }
  return cryptoError(ret);
}

function checked(ret) {
  if (ret === true) return;
  throw keyError(ret);
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || !(handle instanceof KeyObjectHandle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { value: handle, enumerable: false, configurable: false, writable: false });
    keyObjects.add(this);
  }

  get type() {
    return this[kKeyType];
  }

  // There is no CryptoKey in this runtime, so nothing converts.
  static from(key) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && this[kHandle].equals(otherKeyObject[kHandle]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].getSymmetricKeySize();
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', ...this[kHandle].exportJwk() };
    }
    return this[kHandle].export();
  }
}

const kJwkCurves = { __proto__: null, prime256v1: 'P-256', secp256k1: 'secp256k1', secp384r1: 'P-384', secp521r1: 'P-521' };

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ||= this[kHandle].getAsymmetricKeyType();
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        if (this[kAsymmetricKeyDetails] === undefined) {
          const details = this[kHandle].keyDetail();
          if (details.publicExponent !== undefined) details.publicExponent = BigInt(`0x${details.publicExponent}`);
          this[kAsymmetricKeyDetails] = details;
        }
        return this[kAsymmetricKeyDetails];
      default:
        return {};
    }
  }
}

function exported(ret) {
  if (typeof ret === 'number' || Array.isArray(ret)) throw keyError(ret);
  return ret;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return jwkOf(this);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exported(this[kHandle].export(format, type));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return jwkOf(this);
    }
    const { format, type, cipher, passphrase } = parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exported(this[kHandle].export(format, type, cipher, passphrase));
  }
}

// The JWK of a public or private key, members in Node's order.
function jwkOf(key) {
  const m = key[kHandle].exportJwk();
  const priv = key.type === 'private';
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return priv ? { kty: 'RSA', n: m.n, e: m.e, d: m.d, p: m.p, q: m.q, dp: m.dp, dq: m.dq, qi: m.qi }
        : { kty: 'RSA', n: m.n, e: m.e };
    case 'ec': {
      const curve = key.asymmetricKeyDetails.namedCurve;
      const crv = kJwkCurves[curve];
      if (crv === undefined) {
        throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', `Unsupported JWK EC curve: ${curve}.`);
      }
      const jwk = { kty: 'EC', x: m.x, y: m.y, crv };
      if (priv) jwk.d = m.d;
      return jwk;
    }
    case 'ed25519': case 'ed448': case 'x25519': case 'x448': {
      const t = key.asymmetricKeyType;
      const crv = t[0] === 'e' ? `Ed${t.slice(2)}` : t.toUpperCase();
      return priv ? { crv, d: m.d, x: m.x, kty: 'OKP' } : { crv, x: m.x, kty: 'OKP' };
    }
    default:
      throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
  }
}

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem') return kKeyFormatPEM;
  if (formatStr === 'der') return kKeyFormatDER;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return kKeyEncodingPKCS1;
  } else if (typeStr === 'spki' && isPublic !== false) {
    return kKeyEncodingSPKI;
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    return kKeyEncodingPKCS8;
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return kKeyEncodingSEC1;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function isStringOrBuffer(val) {
  return typeof val === 'string' || isArrayBufferView(val) || isAnyArrayBuffer(val);
}

// An input (keyType undefined) or output key encoding: { format, type, cipher, passphrase }.
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  if (enc === null || typeof enc !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', enc);
  const isInput = keyType === undefined;
  const format = parseKeyFormat(enc.format, isInput ? kKeyFormatPEM : undefined, option('format', objName));
  const type = parseKeyType(enc.type, !isInput || format === kKeyFormatDER, keyType, isPublic, option('type', objName));
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        if (format === kKeyFormatDER && (type === kKeyEncodingPKCS1 || type === kKeyEncodingSEC1)) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(encodingNames[type], 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
  }
  return key[kHandle];
}

function getKeyTypes(allowKeyObject, bufferOnly = false) {
  return [
    'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
    ...(!bufferOnly ? ['string'] : []),
    ...(!bufferOnly && allowKeyObject ? ['KeyObject', 'CryptoKey'] : []),
  ];
}

const kJwkLength = { __proto__: null, Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };

// A handle of the key a JWK describes (its private part unless a public key is asked).
function getKeyObjectHandleFromJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  const kind = isPublic ? kKeyTypePublic : kKeyTypePrivate;
  const handle = new KeyObjectHandle();
  const bytes = (s) => Buffer.from(s, 'base64');
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const data = bytes(isPublic ? key.x : key.d);
    if (data.byteLength !== kJwkLength[key.crv]) throw new ERR_CRYPTO_INVALID_JWK();
    const ret = handle.initJwk(kind, 'OKP', key.crv, isPublic ? [data] : [undefined, data]);
    if (ret !== true) throw new ERR_CRYPTO_INVALID_JWK();
    return handle;
  }
  if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
    if (!isPublic) validateString(key.d, 'key.d');
    const ret = handle.initJwk(kind, 'EC', key.crv, [bytes(key.x), bytes(key.y), isPublic ? undefined : bytes(key.d)]);
    if (ret !== true) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
    return handle;
  }
  validateString(key.n, 'key.n');
  validateString(key.e, 'key.e');
  const fields = [bytes(key.n), bytes(key.e)];
  if (!isPublic) {
    for (const name of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      validateString(key[name], `key.${name}`);
      fields.push(bytes(key[name]));
    }
  }
  const ret = handle.initJwk(kind, 'RSA', undefined, fields);
  if (ret !== true) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK RSA key');
  return handle;
}

// { data, format, type, passphrase }: data a handle (format undefined) or bytes.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return { data: getKeyObjectHandle(key, ctx) };
  if (isStringOrBuffer(key)) return { format: kKeyFormatPEM, data: getArrayBufferOrView(key, 'key') };
  if (typeof key === 'object') {
    // V8's message, which Node lets through.
    if (key === null) throw new TypeError("Cannot destructure property 'key' of 'key' as it is null.");
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { data: getKeyObjectHandle(data, ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { data: getKeyObjectHandleFromJwk(data, ctx), format: kKeyFormatJWK };
    }
    if (!isStringOrBuffer(data)) throw new ERR_INVALID_ARG_TYPE('key.key', getKeyTypes(ctx !== kCreatePrivate), data);
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    return { data: getArrayBufferOrView(data, 'key', encoding), ...parseKeyEncoding(key, undefined, isPublic) };
  }
  throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(ctx !== kCreatePrivate), key);
}

// The handle of an asymmetric key given in any of the forms Node accepts, for
// signing (a private key) or verifying/encrypting (public or private).
// `loose`: key data is read as a public or a private key, whatever the context.
function keyHandle(key, ctx, loose) {
  const { data, format, type, passphrase } = prepareAsymmetricKey(key, ctx);
  if (data instanceof KeyObjectHandle) return data;
  const handle = new KeyObjectHandle();
  const kind = ctx === kConsumePrivate && !loose ? kKeyTypePrivate : kKeyTypePublic;
  checked(handle.init(kind, data, format, type, passphrase));
  return handle;
}

function preparePrivateKeyHandle(key, loose = false) {
  return keyHandle(key, kConsumePrivate, loose);
}

function preparePublicOrPrivateKeyHandle(key) {
  return keyHandle(key, kConsumePublic);
}

// A secret key's bytes, from a secret KeyObject, a string or a buffer.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly && isKeyObject(key)) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kHandle].export();
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(!bufferOnly, bufferOnly), key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  const handle = new KeyObjectHandle();
  handle.init(kKeyTypeSecret, key);
  return new SecretKeyObject(handle);
}

function createAsymmetricKey(key, ctx, kind, Ctor) {
  const { format, type, data, passphrase } = prepareAsymmetricKey(key, ctx);
  if (format === kKeyFormatJWK) return new Ctor(data);
  const handle = new KeyObjectHandle();
  checked(handle.init(kind, data, format, type, passphrase));
  return new Ctor(handle);
}

function createPublicKey(key) {
  return createAsymmetricKey(key, kCreatePublic, kKeyTypePublic, PublicKeyObject);
}

function createPrivateKey(key) {
  return createAsymmetricKey(key, kCreatePrivate, kKeyTypePrivate, PrivateKeyObject);
}

function isKeyObject(key) {
  return key instanceof KeyObject;
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  isKeyObject,
  prepareSecretKey,
  preparePrivateKeyHandle,
  preparePublicOrPrivateKeyHandle,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  keyError,
  kKeyTypePublic,
  kKeyTypePrivate,
};
