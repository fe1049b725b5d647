'use strict';
// hkdf and hkdfSync (RFC 5869), as Node 20's; the result is an ArrayBuffer. Keys
// are strings, bytes or secret KeyObjects.

const { kMaxLength } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/net/validators');
const { binding, toBuf, invalidDigest, invalidKeylen } = require('internal/crypto/util');
const { runSync, runAsync } = require('internal/crypto/kdf_job');

function validateByteSource(val, name) {
  val = toBuf(val);
  if (isAnyArrayBuffer(val) || isArrayBufferView(val)) return val;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
}

let keys;

function prepareKey(key) {
  if (isAnyArrayBuffer(key)) return key;
  keys ??= require('internal/crypto/keys');
  if (keys.isKeyObject(key)) return keys.prepareSecretKey(key);
  key = toBuf(key);
  if (!isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return key;
}

function validateParameters(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = prepareKey(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { hash, key, salt, info, length };
}

// The binding's answer when it could not start: false for an unknown digest, 0 for
// a length beyond 255 blocks of it.
function started(ret, hash) {
  if (ret === false) throw invalidDigest(hash);
  if (ret === 0) throw invalidKeylen();
  return ret;
}

function hkdf(hash, key, salt, info, length, callback) {
  ({ hash, key, salt, info, length } = validateParameters(hash, key, salt, info, length));
  validateFunction(callback, 'callback');
  runAsync((req) => started(binding.hkdf(req, hash, key, salt, info, length), hash), function (err, bits) {
    if (err !== undefined) return callback.call(this, err);
    callback.call(this, null, bits);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  ({ hash, key, salt, info, length } = validateParameters(hash, key, salt, info, length));
  return runSync((req) => started(binding.hkdf(req, hash, key, salt, info, length), hash));
}

module.exports = { hkdf, hkdfSync };
