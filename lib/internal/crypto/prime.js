'use strict';
// generatePrime/generatePrimeSync and checkPrime/checkPrimeSync, as Node 20's (in
// its lib/internal/crypto/random.js): the work now or on the thread pool; primes as
// ArrayBuffers or bigints.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject,
} = require('internal/net/validators');
const { binding } = require('internal/crypto/util');

const kByteSources = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView'];

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  return Buffer.from(hex.padStart(hex.length + (hex.length % 2), '0'), 'hex');
}

function byteSource(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntToBuffer(value, name);
  if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['bigint', ...kByteSources], value);
  }
  return value;
}

function primeOptions(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = byteSource(add, 'options.add');
  if (rem !== undefined) rem = byteSource(rem, 'options.rem');
  return { safe, bigint, add, rem };
}

function startPrime(req, size, { safe, add, rem }) {
  const ret = binding.generatePrime(req, size, safe, add, rem);
  if (ret === 1) throw outOfRange('invalid options.add');
  if (ret === 2) throw outOfRange('invalid options.rem');
  return ret;
}

// Node's binding throws these with only a message.
function outOfRange(message) {
  const err = new RangeError(message);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function toResult(buffer, bigint) {
  if (!bigint) return buffer;
  const hex = Buffer.from(buffer).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

// A job's failure carries only its message, as Node's.
function jobError(description) {
  return new Error(description[0]);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const opts = primeOptions(size, options);
  startPrime({
    oncomplete(error, result) {
      if (error !== undefined) return callback.call(this, jobError(error));
      callback.call(this, undefined, toResult(result, opts.bigint));
    },
  }, size, opts);
}

function generatePrimeSync(size, options = {}) {
  const opts = primeOptions(size, options);
  const ret = startPrime(undefined, size, opts);
  if (Array.isArray(ret)) throw jobError(ret);
  return toResult(ret, opts.bigint);
}

function checkOptions(candidate, options) {
  if (typeof candidate === 'bigint') candidate = unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return { candidate, checks };
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const { checks } = ({ candidate } = checkOptions(candidate, options));
  validateFunction(callback, 'callback');
  binding.checkPrime({
    oncomplete(error, result) {
      if (error !== undefined) return callback.call(this, jobError(error));
      callback.call(this, undefined, new Uint8Array(result)[0] === 1);
    },
  }, candidate, checks);
}

function checkPrimeSync(candidate, options = {}) {
  const { checks } = ({ candidate } = checkOptions(candidate, options));
  const ret = binding.checkPrime(undefined, candidate, checks);
  if (Array.isArray(ret)) throw jobError(ret);
  return new Uint8Array(ret)[0] === 1;
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
