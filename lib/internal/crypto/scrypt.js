'use strict';
// scrypt and scryptSync (EVP_PBE_scrypt), as Node 20's: options N/cost, r/blockSize,
// p/parallelization and maxmem.

const { Buffer } = require('buffer');
const { codes: { ERR_CRYPTO_SCRYPT_INVALID_PARAMETER } } = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateUint32 } = require('internal/net/validators');
const { binding, getArrayBufferOrView, nativeError } = require('internal/crypto/util');
const { runSync, runAsync } = require('internal/crypto/kdf_job');

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One of two synonymous options (N or cost, ...); giving both is an error.
function pick(options, name, alias, value) {
  const has = options[name] !== undefined;
  if (has) {
    value = options[name];
    validateUint32(value, name);
  }
  if (options[alias] !== undefined) {
    if (has) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validateUint32(value, alias);
  }
  return value;
}

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    N = pick(options, 'N', 'cost', N);
    r = pick(options, 'r', 'blockSize', r);
    p = pick(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const problem = binding.scryptCheck(N, r, p, maxmem);
  if (problem !== undefined) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      problem ? `Invalid scrypt params: ${problem}` : 'Invalid scrypt params');
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const o = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  runAsync((req) => binding.scrypt(req, o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen),
    function (err, result) {
      if (err !== undefined) return callback.call(this, err);
      callback.call(this, null, Buffer.from(result));
    });
}

function scryptSync(password, salt, keylen, options = defaults) {
  const o = check(password, salt, keylen, options);
  return Buffer.from(runSync((req) => binding.scrypt(req, o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen)));
}

module.exports = { scrypt, scryptSync };
