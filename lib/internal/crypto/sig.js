'use strict';
// createSign/createVerify (Sign, Verify: Writable streams over the binding's
// SignBase, a digest context) and the one-shot crypto.sign/crypto.verify (now, or on
// the thread pool with a callback), as Node 20's lib/internal/crypto/sig.js.

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/net/validators');
const {
  binding, kHandle, inputEncodingId, cryptoError, nativeError, invalidDigest, getArrayBufferOrView,
} = require('internal/crypto/util');
const { validateEncoding } = require('internal/crypto/hash');
const { preparePrivateKeyHandle, preparePublicOrPrivateKeyHandle } = require('internal/crypto/keys');

let Writable;
const kSigEncDER = 0;
const kSigEncP1363 = 1;

// The binding's failures (Sign.cpp's SignError) as Node's errors.
function signError(ret) {
  switch (ret) {
    case 1: return nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
    case 2: return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
    case 3: return nativeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
    case 4: return nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Malformed signature');
  }
  return cryptoError(ret);
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return kSigEncDER;
    if (dsaEncoding === 'ieee-p1363') return kSigEncP1363;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return kSigEncDER;
}

// [padding, saltLength, dsaEncoding] of a key argument.
function signOptions(options) {
  return [getIntOption('padding', options), getIntOption('saltLength', options), getDSASignatureEncoding(options)];
}

function lazyWritable() {
  Writable ??= require('stream').Writable;
  return Writable;
}

function initSign(self, algorithm, options) {
  setStreamPrototypes();
  validateString(algorithm, 'algorithm');
  const handle = new binding.SignBase();
  const ret = handle.init(algorithm);
  if (ret !== true) throw signError(ret);
  self[kHandle] = handle;
  Reflect.apply(lazyWritable(), self, [options]);
}

function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = this[kHandle].update(data, inputEncodingId(encoding));
  if (ret !== true) throw signError(ret);
  return this;
}

function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSign(this, algorithm, options);
}

Sign.prototype._write = _write;
Sign.prototype.update = update;
Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const key = preparePrivateKeyHandle(options);
  const ret = this[kHandle].sign(key, ...signOptions(options));
  if (!Buffer.isBuffer(ret)) throw signError(ret);
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSign(this, algorithm, options);
}

Verify.prototype._write = _write;
Verify.prototype.update = update;
Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const key = preparePublicOrPrivateKeyHandle(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding || 'buffer');
  const ret = this[kHandle].verify(key, signature, ...signOptions(options));
  if (typeof ret !== 'boolean') throw signError(ret);
  return ret;
};

// Sign and Verify are Writable streams; the stream module is loaded on first use.
let protoSet = false;
function setStreamPrototypes() {
  if (protoSet) return;
  protoSet = true;
  const W = lazyWritable();
  Object.setPrototypeOf(Sign.prototype, W.prototype);
  Object.setPrototypeOf(Sign, W);
  Object.setPrototypeOf(Verify.prototype, W.prototype);
  Object.setPrototypeOf(Verify, W);
}

function createSign(algorithm, options) {
  setStreamPrototypes();
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  setStreamPrototypes();
  return new Verify(algorithm, options);
}

// Runs a one-shot job: now (returns the result ArrayBuffer) or with callback(err, result).
function runJob(start, algorithm, callback, onResult) {
  if (callback === undefined) {
    const ret = start(undefined);
    if (ret === false) throw invalidDigest(algorithm);
    if (Array.isArray(ret)) throw cryptoError(ret);
    return onResult(ret);
  }
  const req = {
    oncomplete(error, result) {
      // As Node, the error of a job carries only its message.
      if (error !== undefined) return callback.call(this, new Error(error[0]));
      callback.call(this, null, onResult(result));
    },
  };
  if (start(req) === false) throw invalidDigest(algorithm);
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const handle = preparePrivateKeyHandle(key);
  const opts = signOptions(key);
  return runJob((req) => binding.signOneShot(req, handle, data, algorithm, ...opts), algorithm, callback,
    (result) => Buffer.from(result));
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  // Node reads the options first: V8's message for a missing key.
  if (key == null) throw new TypeError(`Cannot read properties of ${key} (reading 'padding')`);
  const opts = signOptions(key);
  const handle = preparePublicOrPrivateKeyHandle(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  return runJob((req) => binding.verifyOneShot(req, handle, data, algorithm, ...opts, signature), algorithm,
    callback, (result) => new Uint8Array(result)[0] === 1);
}

module.exports = {
  Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot, setStreamPrototypes, signError,
};
