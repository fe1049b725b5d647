'use strict';
// Where readable-stream 4.7 differs from Node 20.20 in ways programs can see, these
// patches restore Node's behavior from outside the package (its files stay as
// published). Each patch names the difference it removes.

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

// Node 20's pipeline ends a run its signal aborts with
// `new AbortError(undefined, { cause: signal.reason })`; readable-stream's abort()
// makes `new AbortError()`. That abort() runs from the listener pipelineImpl adds to
// the signal (in a microtask when the signal is already aborted) and from the tick it
// queues at its end for a signal already aborted. Here pipelineImpl gets a stand-in
// signal that never aborts: the listener it adds to the stand-in is its abort(), which
// this wrapper calls at those same moments with the signal's reason pending, and the
// AbortError that pipeline.js makes takes a pending reason as its cause. Runs before
// the package's other modules load, so that stream/promises takes the wrapper.
function pipelineAbortCause(RS) {
  const rsErrors = require(RS + 'ours/errors');
  const { AbortError } = rsErrors;
  const { addAbortListener } = require('events');
  let pending;

  function AbortErrorWithPendingCause(message, options) {
    if (pending !== undefined && message === undefined && options === undefined) options = pending;
    pending = undefined;
    return new AbortError(message, options);
  }
  AbortErrorWithPendingCause.prototype = AbortError.prototype;

  // pipeline.js binds its AbortError when it loads (so do the modules it loads first:
  // without a pending reason the wrapper makes what AbortError makes).
  rsErrors.AbortError = AbortErrorWithPendingCause;
  let pipelineModule;
  try {
    pipelineModule = require(RS + 'internal/streams/pipeline');
  } finally {
    rsErrors.AbortError = AbortError;
  }

  const rsPipelineImpl = pipelineModule.pipelineImpl;
  pipelineModule.pipelineImpl = function pipelineImpl(streams, callback, opts) {
    const signal = opts === null || opts === undefined ? undefined : opts.signal;
    // No signal, or one the package's own validation rejects.
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
      return rsPipelineImpl(streams, callback, opts);
    }
    let abort;
    let disposable;
    const abortWithCause = () => {
      pending = { cause: signal.reason };
      try {
        abort();
      } finally {
        pending = undefined;
      }
    };
    const standIn = {
      aborted: false,
      addEventListener(type, listener) {
        abort = listener;
        disposable = addAbortListener(signal, abortWithCause);
      },
      removeEventListener() {
        disposable[Symbol.dispose]();
      },
    };
    const ret = rsPipelineImpl(streams, callback, { signal: standIn, end: opts.end });
    if (signal.aborted) process.nextTick(abortWithCause);
    return ret;
  };
}

module.exports = {
  acceptArrayBufferViews,
  chunkTypeError,
  patchAsyncIteratorReturn,
  pipelineAbortCause,
};
