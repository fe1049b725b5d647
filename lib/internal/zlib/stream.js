'use strict';
// The stream engine under every node:zlib class: ZlibBase (a Transform) hands each
// chunk to its handle's write(), which runs zlib or Brotli on the thread pool;
// processCallback() (`this` is the handle) pushes what came out of the output
// buffer and writes again while the codec filled it. processChunkSync() drives
// the same handle with writeSync() on the JS thread for the *Sync functions.

const { Buffer } = require('buffer');
const { Transform, finished } = require('stream');
const { codes: { ERR_OUT_OF_RANGE }, genericNodeError } = require('internal/errors');
const {
  ERR_BUFFER_TOO_LARGE, checkRangesOrGetDefault, constants, internalAssert, validateFiniteNumber,
} = require('internal/zlib/util');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK,
  Z_DEFAULT_CHUNK, BROTLI_DECODE, BROTLI_ENCODE, BROTLI_OPERATION_PROCESS,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;
const kMaxLength = require('buffer').kMaxLength;

const owner_symbol = Symbol('owner_symbol');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// handle.onerror(message, errno, code): zlib cannot recover from an error.
function zlibOnError(message, errno, code) {
  const self = this[owner_symbol];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// ---- ZlibBase: the Transform every zlib stream is -------------------------------

// The valid flush values: zlib's, and Brotli's operations.
const FLUSH_BOUND = [
  [Z_NO_FLUSH, Z_BLOCK],
  [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
];

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const isBrotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const [flushMin, flushMax] = FLUSH_BOUND[isBrotli ? 1 : 0];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushMin, flushMax, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      flushMin, flushMax, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
      1, kMaxLength, kMaxLength);
    // The readable side always gives Buffers and the writable side takes bytes.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[owner_symbol] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// `bytesRead` is the old name of bytesWritten (DEP0108).
let bytesReadAccessors;
function getBytesReadAccessors() {
  const { deprecate } = require('util');
  const msg = 'zlib.bytesRead is deprecated and will change its meaning in the ' +
    'future. Use zlib.bytesWritten instead.';
  return {
    get: deprecate(function() { return this.bytesWritten; }, msg, 'DEP0108'),
    set: deprecate(function(value) { this.bytesWritten = value; }, msg, 'DEP0108'),
  };
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() {
    bytesReadAccessors ??= getBytesReadAccessors();
    return Reflect.apply(bytesReadAccessors.get, this, []);
  },
  set(value) {
    bytesReadAccessors ??= getBytesReadAccessors();
    Reflect.apply(bytesReadAccessors.set, this, [value]);
  },
});

ZlibBase.prototype.reset = function() {
  internalAssert(this._handle, 'zlib binding closed');
  return this._handle.reset();
};

// Transform's flush at the end of the writable side: an empty final chunk.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Force Transform compat behavior (the final flush happens in _flush).
ZlibBase.prototype._final = function(callback) {
  callback();
};

// When two flushes are pending, the stronger one wins:
// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH.
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty chunks tagged with a flush kind: flush() writes one to put the flush in
// order with the writes before it.
const kFlushBuffers = [];
{
  const dummyArrayBuffer = new ArrayBuffer(0);
  for (const flushFlag of kFlushFlagList) {
    kFlushBuffers[flushFlag] = Buffer.from(dummyArrayBuffer);
    kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
  }
}

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also carries the finishing flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Kept for compatibility: with a callback it processes asynchronously.
ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};


// Runs a whole chunk through the handle on the JS thread and returns the output
// (the *Sync functions). Used once per engine: it closes the handle.
function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  for (;;) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        _close(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }

    // The output buffer is full or used up: the next output goes to a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    // Output space left over means zlib took all it wanted of the input.
    if (availOutAfter !== 0) break;
    inOff += inDelta;
    availInBefore = availInAfter;
  }

  self.bytesWritten = inputRead;
  _close(self);
  if (nread === 0) return Buffer.alloc(0);
  return (buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread));
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);

  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore,
               self._outBuffer, self._outOffset, handle.availOutBefore);
}

function writeAgain(handle, self) {
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               self._outBuffer, self._outOffset, self._chunkSize);
}

// A write finished on the pool (`this` is the handle): push the output, then go on
// with the same chunk while zlib filled the output buffer. The handle drops the
// chunk once done with it: it may outlive the data by far.
function processCallback() {
  const handle = this;
  const self = this[owner_symbol];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // More output is pending: go on now, or when the reader wants more.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!streamBufferIsFull) {
      writeAgain(handle, self);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeAgain(handle, self);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Input left but output space too: zlib wants no more input, the compressed
    // stream ended before it (Gunzip/Unzip read on into further members).
    self.push(null);
  }

  this.buffer = null;
  this.cb();
}

function _close(engine) {
  // After an error the handle may already be gone.
  engine._handle?.close();
  engine._handle = null;
}

module.exports = {
  ZlibBase,
  _close,
  owner_symbol,
  processCallback,
  processChunkSync,
};
