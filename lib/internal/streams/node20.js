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

module.exports = {
  acceptArrayBufferViews,
  chunkTypeError,
  patchAsyncIteratorReturn,
};
