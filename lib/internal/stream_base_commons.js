'use strict';
// The JS half of stream handles (TCP, Pipe): write dispatch, read delivery and the
// idle timeout, shared by net.Socket and anything else built on a stream handle.
//
// Native methods return a libuv error code; whether a write finished synchronously
// and how many bytes it took come back through the shared `streamBaseState` array,
// so a write the kernel accepted at once costs no extra callback.

const {
  streamBaseState,
  kReadBytesOrError,
  kBytesWritten,
  kLastWriteWasAsync,
  setIdleCallback,
} = internalBinding('stream_wrap');
const { Buffer } = require('buffer');
const { ErrnoException } = require('internal/errors');
const { Timeout, clearTimeout, reviveTimeout, TIMEOUT_MAX } = require('internal/timers');

const kHandle = Symbol('kHandle');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const kTimeout = Symbol('timeout');
const kSpareTimeout = Symbol('spareTimeout');
const owner_symbol = Symbol('owner_symbol');

// A write in flight. `oncomplete(status, handle)` runs from the loop when libuv
// finishes an asynchronous write; synchronous writes never see it.
class WriteWrap {
  constructor() {
    this.handle = null;
    this.oncomplete = null;
    this.callback = null;
    this.async = false;
    this.bytes = 0;
    this.error = null;
  }
}

class ShutdownWrap {
  constructor() {
    this.handle = null;
    this.oncomplete = null;
    this.callback = null;
  }
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.callback = callback;
  return req;
}

// Dispatches one chunk: Buffers and UTF-8 strings go straight to the handle; other
// encodings are encoded here first.
function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  if (typeof data !== 'string') return handle.writeBuffer(req, data);
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined || encoding === '') {
    return handle.writeUtf8String(req, data);
  }
  if (encoding === 'buffer') return handle.writeBuffer(req, data);
  return handle.writeBuffer(req, Buffer.from(data, encoding));
}

function afterWriteDispatched(req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = streamBaseState[kLastWriteWasAsync] !== 0;
  if (err !== 0) return cb(new ErrnoException(err, 'write', req.error));
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self._handle, cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// `data` is the Writable's buffered list of { chunk, encoding }; `data.allBuffers`
// says no chunk is a string. One native writev for all of them.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self._handle, cb);
  const n = data.length;
  const chunks = new Array(n);
  if (data.allBuffers) {
    for (let i = 0; i < n; i++) chunks[i] = data[i].chunk;
  } else {
    for (let i = 0; i < n; i++) {
      const { chunk, encoding } = data[i];
      chunks[i] = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    }
  }
  const err = self._handle.writev(req, chunks);
  afterWriteDispatched(req, err, cb);
  return req;
}

function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream === undefined || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

function stopReading(stream, handle) {
  handle.reading = false;
  if (stream.destroyed) return;
  const err = handle.readStop();
  if (err) stream.destroy(new ErrnoException(err, 'read'));
}

function getTimerDuration(msecs, name) {
  if (typeof msecs !== 'number') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'number', msecs);
  }
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  // As Node: a duration past a 32-bit signed integer is cut to the longest, with a
  // warning (a timer's own setTimeout() makes it 1 ms instead).
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// socket.setTimeout(msecs[, callback]). A socket with a handle keeps it natively:
// the handle's reads and writes push the deadline back without calling into JS
// (IdleTimeouts.cpp), and onHandleIdle emits 'timeout'. Before it has a handle
// (not yet connecting) it is an unref'd JS timer that I/O refreshes (kUpdateTimer);
// a cleared timer is kept (kSpareTimeout) and revived by the next setTimeout().
let idleCallbackSet = false;
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  if (typeof msecs !== 'number' || !(msecs >= 0) || msecs > TIMEOUT_MAX) msecs = getTimerDuration(msecs, 'msecs');
  const active = this[kTimeout];
  if (active !== null) {
    clearTimeout(active);
    this[kTimeout] = null;
    this[kSpareTimeout] = active;
  }
  const handle = this._handle;
  const native = handle !== null && handle !== undefined && typeof handle.setIdleTimeout === 'function';
  if (native) {
    if (!idleCallbackSet) {
      idleCallbackSet = true;
      setIdleCallback(onHandleIdle);
    }
    handle.setIdleTimeout(msecs);
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateCallback(callback);
      this.removeListener('timeout', callback);
    }
  } else {
    if (!native) {
      const spare = this[kSpareTimeout];
      if (spare !== undefined && spare !== null) {
        this[kSpareTimeout] = null;
        this[kTimeout] = reviveTimeout(spare, onStreamIdle, msecs);
      } else {
        this[kTimeout] = new Timeout(onStreamIdle, msecs, [this], false, false);
      }
    }
    if (callback !== undefined) {
      validateCallback(callback);
      this.once('timeout', callback);
    }
  }
  return this;
}

function onStreamIdle(stream) {
  stream._onTimeout();
}

// socket.setTimeout(msecs) without a callback, msecs valid: the http server's
// keep-alive timer around every request. Straight to the handle when nothing but the
// handle times this socket (no JS timer, setTimeout not replaced).
function setHandleTimeout(socket, msecs) {
  const handle = socket._handle;
  if (!idleCallbackSet || typeof msecs !== 'number' || !(msecs >= 0) || msecs > TIMEOUT_MAX ||
      handle === null || handle === undefined || socket[kTimeout] !== null ||
      socket.setTimeout !== setStreamTimeout || typeof handle.setIdleTimeout !== 'function') {
    socket.setTimeout(msecs);
    return;
  }
  socket.timeout = msecs;
  handle.setIdleTimeout(msecs);
}

// `this` is the handle whose idle timeout passed.
function onHandleIdle() {
  const stream = this[owner_symbol];
  if (stream !== undefined && !stream.destroyed) stream._onTimeout();
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

module.exports = {
  ShutdownWrap,
  WriteWrap,
  createWriteWrap,
  handleWriteReq,
  afterWriteDispatched,
  writeGeneric,
  writevGeneric,
  stopReading,
  setStreamTimeout,
  setHandleTimeout,
  getTimerDuration,
  kAfterAsyncWrite,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kHandle,
  kMaybeDestroy,
  kTimeout,
  kUpdateTimer,
  owner_symbol,
  kReadBytesOrError,
};
