'use strict';
// Where readable-stream 4.7 differs from Node 20.20 in ways programs can see, these
// patches restore Node's behavior from outside the package (its files stay as
// published). Each patch names the difference it removes.

// Node 20 decides write()'s return value after a synchronous _write() has run, so a
// chunk the sink took at once returns true (and leaves no pending 'drain') even when
// it is larger than the highWaterMark; readable-stream decides before _write().
// This shapes event order ('drain', pipe pauses) and throughput.
function nullOnSuccess(cb) {
  return (err) => cb(err === undefined ? null : err);
}

function patchWriteReturnValue(proto) {
  const rsWrite = proto.write;
  proto.write = function write(chunk, encoding, cb) {
    const state = this._writableState;
    // Node 20 calls a write callback with null on success; readable-stream with nothing.
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (typeof cb === 'function') cb = nullOnSuccess(cb);
    const neededDrain = state.needDrain;
    if (rsWrite.call(this, chunk, encoding, cb)) return true;
    if (neededDrain || state.length >= state.highWaterMark ||
        state.errored || state.destroyed || state.ending) {
      return false;
    }
    state.needDrain = false;
    return true;
  };
}

// Node 20 takes any TypedArray or DataView as a chunk (as a Buffer over the same
// memory); readable-stream only Uint8Array. The package asks Stream._isUint8Array,
// so that check widens to every ArrayBufferView.
function acceptArrayBufferViews(Stream, Buffer) {
  const isArrayBufferView = (value) => ArrayBuffer.isView(value);
  Stream._isArrayBufferView = isArrayBufferView;
  Stream._isUint8Array = isArrayBufferView;
  Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  };
}

// The chunk type error names what Node 20 accepts.
function chunkTypeError(ERR_INVALID_ARG_TYPE) {
  return function ERR_INVALID_ARG_TYPE_chunk(name, expected, actual) {
    if (name === 'chunk' && Array.isArray(expected) && expected.includes('Uint8Array')) {
      expected = ['string', 'Buffer', 'TypedArray', 'DataView'];
    }
    return new ERR_INVALID_ARG_TYPE(name, expected, actual);
  };
}

// QuickJS 2025-04-26 does not await an async iterator's return() when a for-await
// loop exits early (break/return/throw), so the generator's cleanup (destroying the
// stream) runs after the code that follows the loop. Node destroys the stream before
// that code runs; the iterator returned here does the same cleanup synchronously
// when return() is called.
function patchAsyncIteratorReturn(Readable, destroyer) {
  const proto = Readable.prototype;
  const rsIterator = proto.iterator;
  function wrap(iter, options) {
    const stream = iter.stream;
    const rsReturn = iter.return;
    iter.return = function (value) {
      const state = stream._readableState;
      const destroyOnReturn = !options || options.destroyOnReturn !== false;
      if (destroyOnReturn && !stream.destroyed && (!state.endEmitted || state.autoDestroy)) {
        destroyer(stream, null);
      }
      return Reflect.apply(rsReturn, iter, [value]);
    };
    return iter;
  }
  proto[Symbol.asyncIterator] = function () {
    return wrap(Reflect.apply(rsIterator, this, []), undefined);
  };
  proto.iterator = function iterator(options) {
    return wrap(Reflect.apply(rsIterator, this, [options]), options);
  };
}

// Node 20: end(cb) on a stream that is errored by the time end() returns (a
// _final() that failed synchronously) calls cb with the error on the next tick,
// after the 'error'/'close' that destroy() queued. readable-stream keeps cb in its
// finished-callback list and calls it first.
function patchEndCallbackOnError(Writable) {
  const proto = Writable.prototype;
  const probe = new Writable();
  const kOnFinished = Object.getOwnPropertySymbols(probe._writableState)
    .find((sym) => sym.description === 'kOnFinished');
  if (kOnFinished === undefined) return;
  const rsEnd = proto.end;
  proto.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    rsEnd.call(this, chunk, encoding, cb);
    const state = this._writableState;
    if (typeof cb === 'function' && state.errored) {
      const pending = state[kOnFinished];
      const i = pending.lastIndexOf(cb);
      if (i !== -1) {
        pending.splice(i, 1);
        process.nextTick(cb, state.errored);
      }
    }
    return this;
  };
}

module.exports = {
  patchEndCallbackOnError,
  patchWriteReturnValue,
  acceptArrayBufferViews,
  chunkTypeError,
  patchAsyncIteratorReturn,
};
