'use strict';
// stream.Writable, written for this runtime; it takes the place of the embedded
// readable-stream package's writable module (the package's Duplex, Transform,
// destroy and pipeline code use it as theirs), with Node 20's behavior.
//
// Why not the package's: its WritableState is 33 own properties, a bound function
// and two arrays on every stream (about 1.2 KiB in QuickJS, for every socket), and
// reading them costs property lookups the interpreter cannot cache. Here the
// one-bit flags share one integer (`state`, read by native accessors for code
// outside this file), every other field keeps its default on the prototype until
// a stream changes it, and the write callback and the queues are made on first
// use. An idle socket's WritableState is two own properties.

const EE = require('events');
const { Buffer } = require('buffer');
const Stream = require('./legacy').Stream;
const destroyImpl = require('./destroy');
const { addAbortSignal } = require('./add-abort-signal');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('../../ours/errors').codes;
const {
  kAfterConstruct, kCallbackAfterWrite, kIdleBits, kOnwriteOf, kReleaseOnwrite, defineFlagAccessors, duplexClass, undestroy, undestroyState,
} = require('internal/streams/shared');

const { errorOrDestroy } = destroyImpl;

module.exports = Writable;
Writable.WritableState = WritableState;
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
// Node's streams are emitters in shape mode (see internal/events/shape_mode).
{
  const { kShapeMode, sharedEvents } = require('internal/events/shape_mode');
  Writable.prototype[kShapeMode] = true;
  Writable.prototype._events = sharedEvents({ close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined }, Object.prototype);
}

function nop() {}

// The flags of WritableState#state, one bit each.
const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kEnding = 1 << 2;
const kFinished = 1 << 3;
const kDestroyed = 1 << 4;
const kDecodeStrings = 1 << 5;
const kWriting = 1 << 6;
const kSync = 1 << 7;
const kBufferProcessing = 1 << 8;
const kConstructed = 1 << 9;
const kPrefinished = 1 << 10;
const kErrorEmitted = 1 << 11;
const kEmitClose = 1 << 12;
const kAutoDestroy = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kFinalCalled = 1 << 16;
const kNeedDrain = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kAfterWritePending = 1 << 20;  // an afterWrite() tick is scheduled

const kFlagNames = {
  objectMode: kObjectMode, ended: kEnded, ending: kEnding, finished: kFinished,
  destroyed: kDestroyed, decodeStrings: kDecodeStrings, writing: kWriting, sync: kSync,
  bufferProcessing: kBufferProcessing, constructed: kConstructed, prefinished: kPrefinished,
  errorEmitted: kErrorEmitted, emitClose: kEmitClose, autoDestroy: kAutoDestroy,
  closed: kClosed, closeEmitted: kCloseEmitted, finalCalled: kFinalCalled,
  needDrain: kNeedDrain, allBuffers: kAllBuffers, allNoop: kAllNoop,
};

// Shared stand-ins for the queues of a stream that never needed one. Frozen, so a
// path that forgot to make its own array fails loudly instead of sharing state.
const kNoWrites = Object.freeze([]);
const kNoCallbacks = Object.freeze([]);
const kOnFinished = Symbol('kOnFinished');

// A bit can stand for a defaulted field: the state of a fresh stream.
const kFreshState = kDecodeStrings | kSync | kConstructed | kEmitClose | kAutoDestroy |
  kAllBuffers | kAllNoop;

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof duplexClass();
  let bits = kFreshState;
  if (options) {
    if (options.objectMode || (isDuplex && options.writableObjectMode)) bits |= kObjectMode;
    if (options.decodeStrings === false) bits &= ~kDecodeStrings;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this.state = bits;
  // getHighWaterMark reads state.objectMode, so `state` comes first.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
    if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
    this.defaultEncoding = defaultEncoding;
  }
}

// Defaults every stream starts with; an own property appears when one changes.
Object.assign(WritableState.prototype, {
  defaultEncoding: 'utf8',
  length: 0,          // bytes (objects in objectMode) written but not yet done
  corked: 0,
  pendingcb: 0,       // callbacks not yet called, 'finish' waits for them
  writelen: 0,        // length of the write in flight
  writecb: null,      // its callback
  onwrite: null,      // the callback _write() gets, made on the first write
  afterWriteTickInfo: null,
  errored: null,
  buffered: kNoWrites,
  bufferedIndex: 0,
  [kOnFinished]: kNoCallbacks,
});

defineFlagAccessors(WritableState.prototype, kFlagNames);

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
});

function resetBuffer(state) {
  state.buffered = kNoWrites;
  state.bufferedIndex = 0;
  state.state |= kAllBuffers | kAllNoop;
}

function onFinishedCallbacks(state) {
  const callbacks = state[kOnFinished];
  if (callbacks.length === 0) return callbacks;
  state[kOnFinished] = kNoCallbacks;
  return callbacks;
}

function Writable(options) {
  const isDuplex = this instanceof duplexClass();
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
}

// `this` is the stream (destroy's construct() calls back with it bound). Duplex
// registers it too (./duplex builds both states itself).
function afterConstruct() {
  const state = this._writableState;
  if ((state.state & kWriting) === 0) clearBuffer(this, state);
  finishMaybe(this, state);
}
Writable[kAfterConstruct] = afterConstruct;

// A Duplex is a Writable too, though Writable is not on its prototype chain.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// The checks of write() and end(chunk): returns write()'s answer, or the Error the
// callback gets on the next tick. In object mode the encoding is passed on as given
// (write(obj, cb): null), as Node 20 does; otherwise it defaults and is validated.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if ((state.state & kObjectMode) === 0) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (typeof chunk === 'string') {
      if ((state.state & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Stream._uint8ArrayToBuffer(chunk);  // any view, as in Node 20 (internal/streams/node20)
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  let err;
  if ((state.state & kEnding) !== 0) err = new ERR_STREAM_WRITE_AFTER_END();
  else if ((state.state & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state.state & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes the chunk now, or queues it behind the write in flight (or a cork, an
// error, an unfinished construct()). As in Node 20, the answer is decided after a
// synchronous _write() ran: a chunk the sink took at once leaves no pending 'drain'
// even when it is larger than the highWaterMark.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((state.state & (kWriting | kConstructed)) !== kConstructed || state.corked !== 0 ||
      state.errored !== null) {
    if (state.buffered === kNoWrites) state.buffered = [];
    state.buffered.push({ chunk, encoding, callback });
    if (encoding !== 'buffer') state.state &= ~kAllBuffers;
    if (callback !== nop) state.state &= ~kAllNoop;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.state |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite || makeOnwrite(stream, state));
    state.state &= ~kSync;
  }
  // Nothing left pending is room too (a highWaterMark of 0 with a synchronous sink).
  const below = state.length < state.highWaterMark || state.length === 0;
  if (!below) state.state |= kNeedDrain;
  return below && (state.state & kDestroyed) === 0 && state.errored === null;
}

function makeOnwrite(stream, state) {
  const fn = onwrite.bind(undefined, stream);
  state.onwrite = fn;
  return fn;
}

// The cached onwrite closes a reference cycle (stream -> state -> onwrite -> stream)
// that QuickJS frees only in a whole-heap cycle collection. Once no write can start
// (finished, or destroyed) the cache goes, so the stream is freed by its refcount;
// a write in flight keeps the function it was given.
function releaseOnwrite(state) {
  if (state.onwrite !== null) state.onwrite = null;
}
Writable[kReleaseOnwrite] = releaseOnwrite;

// The onwrite of a stream, made again if released (transform.js: a second call of a
// _transform() callback reports ERR_MULTIPLE_CALLBACK through it).
Writable[kOnwriteOf] = function onwriteOf(stream) {
  const state = stream._writableState;
  return state.onwrite || makeOnwrite(stream, state);
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.state |= kWriting | kSync;
  const done = state.onwrite || makeOnwrite(stream, state);
  if ((state.state & kDestroyed) !== 0) done(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, done);
  else stream._write(chunk, encoding, done);
  state.state &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // The queued writes fail too (also without autoDestroy), after this callback and
  // before the 'error' event.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = (state.state & kSync) !== 0;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.state &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    er.stack;  // eslint-disable-line no-unused-expressions -- captured before the stack unwinds
    if (state.errored === null) state.errored = er;
    const rState = stream._readableState;
    if (rState && !rState.errored) rState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }
  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // Done at once. Node 20 defers the callback (and 'drain') to a tick, but skips the
  // tick for a write without a callback unless 'drain' is due or the stream is in
  // object mode (its check of the destroyed flag tests the object-mode bit).
  if (cb === nop) {
    const needTick = ((state.state & kNeedDrain) !== 0 && state.length === 0) ||
      (state.state & kObjectMode) !== 0;
    if (needTick && (state.state & kAfterWritePending) === 0) {
      state.state |= kAfterWritePending;
      process.nextTick(afterWrite, stream, state, 1, nop);
    } else {
      state.pendingcb--;
      if ((state.state & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else {
    callbackAfterWrite(stream, state, cb);
  }
}

// The callback of a write that completed at once runs on the next tick. The same
// callback as the write before (a loop of write(chunk, cb)) joins that tick, which
// calls it for all of them before any tick queued in between.
// The records are reused: an object literal per write with a callback costs QuickJS
// about 2k instructions (http's client writes each request with one).
const tickInfoPool = [];
function callbackAfterWrite(stream, state, cb) {
  let info = state.afterWriteTickInfo;
  if (info !== null && info.cb === cb) {
    info.count++;
    return;
  }
  info = tickInfoPool.pop();
  if (info === undefined) {
    info = { count: 1, cb, stream, state };
  } else {
    info.count = 1;
    info.cb = cb;
    info.stream = stream;
    info.state = state;
  }
  state.afterWriteTickInfo = info;
  state.state |= kAfterWritePending;
  process.nextTick(afterWriteTick, info);
}

function afterWriteTick(info) {
  const { stream, state, count, cb } = info;
  state.afterWriteTickInfo = null;
  info.cb = info.stream = info.state = null;  // a pooled record holds nothing
  if (tickInfoPool.length < 16) tickInfoPool.push(info);
  afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state.state &= ~kAfterWritePending;
  if ((state.state & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain && state.length === 0) {
    state.state &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state.state & kDestroyed) !== 0) errorBuffer(state);
  // 'finish' comes a tick later (Node 20 passes `sync` here).
  if ((state.state & kEnding) !== 0) finishMaybe(stream, state, true);
}

// A destroyed or failed stream: every queued write and end() callback gets the
// error (or ERR_STREAM_DESTROYED).
function errorBuffer(state) {
  if ((state.state & kWriting) !== 0) return;
  const buffered = state.buffered;
  for (let n = state.bufferedIndex; n < buffered.length; ++n) {
    const { chunk, callback } = buffered[n];
    state.length -= (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const callbacks = onFinishedCallbacks(state);
  for (let i = 0; i < callbacks.length; i++) {
    callbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

// Writes what was queued: all of it in one _writev() when the stream has one,
// else one chunk at a time for as long as each _write() completes synchronously.
function clearBuffer(stream, state) {
  if ((state.state & (kBufferProcessing | kDestroyed | kConstructed)) !== kConstructed || state.corked) {
    return;
  }
  const { buffered, bufferedIndex } = state;
  const count = buffered.length - bufferedIndex;
  if (count === 0) return;
  const objectMode = (state.state & kObjectMode) !== 0;
  let i = bufferedIndex;
  state.state |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const allNoop = (state.state & kAllNoop) !== 0;
    const callback = allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // `callback` reads `buffered`, so the chunks handed over are a copy unless no
    // callback needs it.
    const chunks = allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state.state & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
    } while (i < buffered.length && (state.state & kWriting) === 0);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.state &= ~kBufferProcessing;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk, encoding }], cb);
  else throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {  // end() uncorks fully
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // The write's error is the answer.
  } else if (state.errored === null && (state.state & kEnding) === 0) {
    // Ending twice is forgiven: only the first end() ends.
    state.state |= kEnding;
    finishMaybe(this, state, true);
    state.state |= kEnded;
  } else if ((state.state & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state.state & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if (state.errored !== null) {
      // Errored, maybe by now (a _final() that failed synchronously): Node 20 calls
      // back on the next tick, after the 'error' and 'close' destroy() queued.
      process.nextTick(cb, state.errored);
    } else if ((state.state & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      if (state[kOnFinished] === kNoCallbacks) state[kOnFinished] = [];
      state[kOnFinished].push(cb);
    }
  }
  return this;
};

function needFinish(state) {
  return (state.state & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
                         kErrorEmitted | kCloseEmitted)) === (kEnding | kConstructed) &&
    state.length === 0 && state.errored === null && state.buffered.length === 0;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const callbacks = onFinishedCallbacks(state);
      for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
      errorOrDestroy(stream, err, (state.state & kSync) !== 0);
    } else if (needFinish(state)) {
      state.state |= kPrefinished;
      stream.emit('prefinish');
      // 'finish' comes on a later tick than _final's callback, whenever that ran:
      // some streams rely on it.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.state |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.state &= ~kSync;
}

function prefinish(stream, state) {
  if ((state.state & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state.state & kDestroyed) === 0) {
    state.state |= kFinalCalled;
    callFinal(stream, state);
  } else {
    state.state |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishIfStillDue, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillDue(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.state |= kFinished;
  releaseOnwrite(state);
  const callbacks = onFinishedCallbacks(state);
  for (let i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit('finish');
  if ((state.state & kAutoDestroy) === 0) return;
  // A Duplex is destroyed once its readable side has ended too (or never will).
  const rState = stream._readableState;
  if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
    stream.destroy();
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    get() {
      return this._writableState ? this._writableState.closed : false;
    },
  },
  destroyed: {
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      // w.writable === false: a Duplex made with `writable: false`.
      return !!w && w.writable !== false && (w.state & (kDestroyed | kEnding | kEnded)) === 0 &&
        !w.errored;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    get() {
      return this._writableState ? this._writableState.finished : false;
    },
  },
  writableObjectMode: {
    get() {
      return this._writableState ? this._writableState.objectMode : false;
    },
  },
  writableBuffer: {
    get() {
      return this._writableState && this._writableState.getBuffer();
    },
  },
  writableEnded: {
    get() {
      return this._writableState ? this._writableState.ending : false;
    },
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      return !!w && (w.state & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    get() {
      return this._writableState && this._writableState.highWaterMark;
    },
  },
  writableCorked: {
    get() {
      return this._writableState ? this._writableState.corked : 0;
    },
  },
  writableLength: {
    get() {
      return this._writableState && this._writableState.length;
    },
  },
  errored: {
    enumerable: false,
    get() {
      return this._writableState ? this._writableState.errored : null;
    },
  },
  writableAborted: {
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

Writable.prototype.destroy = function destroy(err, cb) {
  const state = this._writableState;
  releaseOnwrite(state);
  // Queued writes and end() callbacks learn of it on the next tick.
  if ((state.state & kDestroyed) === 0 &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = undestroy;
// undestroy()'s writable side: constructed again, not closed, destroyed, errored or
// finishing; ended only if it cannot be written (a Duplex made with `writable: false`).
undestroyState.writable = function(w) {
  const ended = w.writable === false ? kEnded | kEnding | kFinished : 0;
  w.state = (w.state & ~(kDestroyed | kClosed | kCloseEmitted | kErrorEmitted | kFinalCalled | kPrefinished |
    kEnded | kEnding | kFinished)) | kConstructed | ended;
  if (w.errored !== null) w.errored = null;
};
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

// The adapters load with the web streams, on first use.
function lazyWebStreams() { return require('internal/webstreams/adapters'); }
Writable.fromWeb = function (writableStream, options) {
  return lazyWebStreams().newStreamWritableFromWritableStream(writableStream, options);
};
Writable.toWeb = function (streamWritable) {
  return lazyWebStreams().newWritableStreamFromStreamWritable(streamWritable);
};

// net's fast path, for a write with a callback that the kernel took at once: the
// callback runs as if the Writable had done the write (state.pendingcb counts it).
Writable[kCallbackAfterWrite] = function(stream, state, cb) {
  state.pendingcb++;
  callbackAfterWrite(stream, state, cb);
};

// What net's write fast path needs to know to send a chunk to the kernel at once:
// (state.state & mask) === want (constructed; not in object mode, ending, destroyed
// or writing), besides nothing queued, corked or failed. Bits, not a function: the
// check runs inline on every socket write.
Writable[kIdleBits] = Object.freeze({
  mask: kObjectMode | kEnding | kDestroyed | kWriting | kConstructed,
  want: kConstructed,
});
