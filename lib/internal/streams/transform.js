'use strict';
// stream.Transform, written for this runtime in place of the embedded
// readable-stream package's (its PassThrough and pipeline code use this one), with
// Node 20's behavior. The package made a closure per written chunk for the
// _transform() callback (a function and five captured variables, all allocated);
// here each stream has one such function, made on its first write, and the write
// being transformed keeps its callback on the stream. Writable runs one _write()
// at a time, so one slot is enough.

const { ERR_METHOD_NOT_IMPLEMENTED } = require('../../ours/errors').codes;
const Duplex = require('./duplex');
const { getHighWaterMark } = require('./state');
const Writable = require('./writable');
const { kOnwriteOf } = require('internal/streams/shared');

module.exports = Transform;
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');  // a done write waiting for the readable side to drain
const kWriteCb = Symbol('kWriteCb');    // the callback of the write being transformed
const kStartLength = Symbol('kStartLength');  // the readable length when it began
const kAfterTransform = Symbol('kAfterTransform');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  const readableHighWaterMark = options ? getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    // A readable side that buffers nothing: the writable side buffers nothing
    // either unless told otherwise.
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }
  Duplex.call(this, options);
  // The readable side is pushed to from write callbacks, never synchronously
  // inside read(): 'readable' and 'data' need no deferral.
  this._readableState.sync = false;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}

Transform.prototype[kCallback] = null;
Transform.prototype[kWriteCb] = null;
Transform.prototype[kStartLength] = 0;
Transform.prototype[kAfterTransform] = null;

// The writable side ended: _flush() gets the last word, then the readable side ends.
function final(cb) {
  // No write follows: the cached callback (a cycle through the stream) can go.
  if (this[kAfterTransform] !== null) this[kAfterTransform] = null;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

// A subclass that replaced _final still gets its _flush() called.
function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  this[kWriteCb] = callback;
  this[kStartLength] = this._readableState.length;
  this._transform(chunk, encoding, this[kAfterTransform] || makeAfterTransform(this));
};

function makeAfterTransform(stream) {
  const fn = afterTransform.bind(undefined, stream);  // one frame per call, as in ./writable
  stream[kAfterTransform] = fn;
  return fn;
}

// The write is done when its output fits the readable side (or the writable side
// ended); otherwise its callback waits for the next _read().
function afterTransform(stream, err, val) {
  let callback = stream[kWriteCb];
  if (callback === null) {
    // Called again: what _write() was given (the Writable's own callback, which
    // reports ERR_MULTIPLE_CALLBACK), after pushing as the first call did.
    callback = Writable[kOnwriteOf](stream);
  } else {
    stream[kWriteCb] = null;
  }
  if (err) {
    callback(err);
    return;
  }
  if (val != null) stream.push(val);
  const rState = stream._readableState;
  if (stream._writableState.ended || stream[kStartLength] === rState.length ||
      rState.length < rState.highWaterMark) {
    callback();
  } else {
    stream[kCallback] = callback;
  }
}

Transform.prototype._read = function () {
  const callback = this[kCallback];
  if (callback !== null) {
    this[kCallback] = null;
    callback();
  }
};
