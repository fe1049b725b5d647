'use strict';
// pbkdf2 and pbkdf2Sync (PKCS5_PBKDF2_HMAC), as Node 20's.

const { Buffer } = require('buffer');
const { validateFunction, validateInt32, validateString } = require('internal/net/validators');
const { binding, getArrayBufferOrView, invalidDigest } = require('internal/crypto/util');
const { runSync, runAsync } = require('internal/crypto/kdf_job');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL takes these as signed ints.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

// The binding's answer when it could not start: an unknown digest.
function started(ret, digest) {
  if (ret === false) throw invalidDigest(digest);
  return ret;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  runAsync((req) => started(binding.pbkdf2(req, password, salt, iterations, keylen, digest), digest),
    function (err, result) {
      if (err !== undefined) return callback.call(this, err);
      callback.call(this, null, Buffer.from(result));
    });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  const result = runSync((req) => started(binding.pbkdf2(req, password, salt, iterations, keylen, digest), digest));
  return Buffer.from(result);
}

module.exports = { pbkdf2, pbkdf2Sync };
