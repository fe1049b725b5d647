'use strict';
// stream.Readable, written for this runtime; it takes the place of the embedded
// readable-stream package's readable module (the package's Duplex, Transform,
// pipeline and destroy code use it as theirs), with Node 20's behavior.
//
// As in ./writable: the one-bit flags share one integer (`state`, read through
// native accessors by code outside this file, by bit tests in here), every other
// field keeps its default on the prototype until a stream changes it, and the
// chunk queue (an array and a read index, as in Node 20) and the pipe list exist
// only once used. A socket that never buffered a read carries a two-property
// ReadableState.

const EE = require('events');
const { Stream, prependListener } = require('./legacy');
const { Buffer } = require('buffer');
const { addAbortSignal } = require('./add-abort-signal');
const eos = require('./end-of-stream');
const destroyImpl = require('./destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
  AbortError,
} = require('../../ours/errors');
const { validateObject } = require('../validators');
const { StringDecoder } = require('string_decoder');
const from = require('./from');
const { kAfterConstruct, defineFlagAccessors, duplexClass, undestroy, undestroyState } = require('internal/streams/shared');

module.exports = Readable;
Readable.ReadableState = ReadableState;
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
// Node's streams are emitters in shape mode (see internal/events/shape_mode).
{
  const { kShapeMode, sharedEvents } = require('internal/events/shape_mode');
  Readable.prototype[kShapeMode] = true;
  Readable.prototype._events = sharedEvents({ close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined }, Object.prototype);
}

const { errorOrDestroy } = destroyImpl;
function nop() {}

// The flags of ReadableState#state, one bit each.
const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;
const kConstructed = 1 << 4;
const kSync = 1 << 5;
const kNeedReadable = 1 << 6;
const kEmittedReadable = 1 << 7;
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16;
const kReadingMore = 1 << 17;
const kDataEmitted = 1 << 18;
// Node's state[kPaused] (null, true or false) as two bits: pause() and resume() set
// one, a stream nobody paused or resumed has neither.
const kPausedTrue = 1 << 19;
const kPausedFalse = 1 << 20;
// An endReadableNT is queued. Node queues one per read() that finds the end (an
// http request body read through 'data' queues four); all but the first find
// 'end' emitted and do nothing, so one at a time does the same work.
const kEndScheduled = 1 << 21;

const kFlagNames = {
  objectMode: kObjectMode, ended: kEnded, endEmitted: kEndEmitted, reading: kReading,
  constructed: kConstructed, sync: kSync, needReadable: kNeedReadable,
  emittedReadable: kEmittedReadable, readableListening: kReadableListening,
  resumeScheduled: kResumeScheduled, errorEmitted: kErrorEmitted, emitClose: kEmitClose,
  autoDestroy: kAutoDestroy, destroyed: kDestroyed, closed: kClosed,
  closeEmitted: kCloseEmitted, multiAwaitDrain: kMultiAwaitDrain, readingMore: kReadingMore,
  dataEmitted: kDataEmitted,
};

// Shared, frozen stand-ins for a queue and a pipe list not yet needed.
const kNoChunks = Object.freeze([]);
const kNoPipes = Object.freeze([]);

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof duplexClass();
  let bits = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) bits |= kObjectMode;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this.state = bits;
  // getHighWaterMark reads state.objectMode, so `state` comes first.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  if (options) {
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.encoding) {
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }
}

// Defaults every stream starts with; an own property appears when one changes.
Object.assign(ReadableState.prototype, {
  buffer: kNoChunks,      // chunks not yet read, from bufferIndex on
  bufferIndex: 0,
  length: 0,              // their bytes (objects in objectMode, chars with a decoder)
  pipes: kNoPipes,
  flowing: null,          // null: no consumer yet; true: 'data' flows; false: paused
  errored: null,
  defaultEncoding: 'utf8',
  awaitDrainWriters: null,  // a pipe destination (a Set of them with multiAwaitDrain)
  decoder: null,
  encoding: null,
});

defineFlagAccessors(ReadableState.prototype, kFlagNames);

Object.defineProperties(ReadableState.prototype, {
  pipesCount: {
    get() {
      return this.pipes.length;
    },
  },
  paused: {
    get() {
      return (this.state & kPausedTrue) !== 0;
    },
    set(value) {
      this.state = (this.state & ~(kPausedTrue | kPausedFalse)) | (value ? kPausedTrue : kPausedFalse);
    },
  },
});

// --- the chunk queue -----------------------------------------------------------

function queueLength(state) {
  return state.buffer.length - state.bufferIndex;
}

function queuePush(state, chunk) {
  if (state.buffer === kNoChunks) state.buffer = [chunk];
  else state.buffer.push(chunk);
}

function queueUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else if (state.buffer === kNoChunks) state.buffer = [chunk];
  else state.buffer.unshift(chunk);
}

function queueClear(state) {
  if (state.buffer !== kNoChunks) state.buffer = kNoChunks;
  if (state.bufferIndex !== 0) state.bufferIndex = 0;
}

// Drops the first `taken` chunks (already read).
function queueDrop(state, taken) {
  const buffer = state.buffer;
  let index = state.bufferIndex;
  for (let i = 0; i < taken; i++) buffer[index++] = null;
  if (index === buffer.length) {
    queueClear(state);
  } else if (index > 1024) {
    buffer.splice(0, index);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = index;
  }
}

function queueShift(state) {
  const chunk = state.buffer[state.bufferIndex];
  queueDrop(state, 1);
  return chunk;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const isDuplex = this instanceof duplexClass();
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, afterConstruct);
}

// `this` is the stream (destroy's construct() calls back with it bound). Duplex
// registers it too (./duplex builds both states itself).
function afterConstruct() {
  const state = this._readableState;
  if ((state.state & kNeedReadable) !== 0) maybeReadMore(this, state);
}
Readable[kAfterConstruct] = afterConstruct;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = undestroy;
// undestroy()'s readable side: constructed again, not closed, destroyed, errored or
// reading; ended only if it cannot be read (a Duplex made with `readable: false`).
undestroyState.readable = function(r) {
  const ended = r.readable === false ? kEnded | kEndEmitted : 0;
  r.state = (r.state & ~(kClosed | kCloseEmitted | kDestroyed | kErrorEmitted | kReading | kEnded | kEndEmitted)) |
    kConstructed | ended;
  if (r.errored !== null) r.errored = null;
};
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};
Readable.prototype[Symbol.asyncDispose] = function () {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

// Puts a chunk into the read queue (or straight out as 'data'); the answer says
// whether more is welcome (below the highWaterMark).
Readable.prototype.push = function push(chunk, encoding) {
  return addChunkChecked(this, chunk, encoding, false);
};

// Puts a chunk back at the front, as if it had not been read.
Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkChecked(this, chunk, encoding, true);
};

function addChunkChecked(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  if ((state.state & kObjectMode) === 0) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // Unshifted strings stay strings, in the stream's own encoding.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Stream._uint8ArrayToBuffer(chunk);  // any view, as in Node 20 (internal/streams/node20)
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.state &= ~kReading;
    onEofChunk(stream, state);
  } else if ((state.state & kObjectMode) !== 0 || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if ((state.state & kEndEmitted) !== 0) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if ((state.state & kDestroyed) !== 0 || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if ((state.state & kEnded) !== 0) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if ((state.state & kDestroyed) !== 0 || state.errored) {
      return false;
    } else {
      state.state &= ~kReading;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if ((state.state & kObjectMode) !== 0 || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.state &= ~kReading;
    maybeReadMore(stream, state);
  }
  // Room for more below the highWaterMark; an empty queue always has room (hwm 0).
  return (state.state & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing === true && state.length === 0 && (state.state & kSync) === 0 &&
      stream.listenerCount('data') > 0) {
    // Flowing with nothing queued: the chunk goes straight to the consumer.
    clearAwaitDrain(state);
    state.state |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) queueUnshift(state, chunk);
    else queuePush(state, chunk);
    if ((state.state & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state.state & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
}

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return (state.state & kPausedTrue) !== 0 || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is queued is decoded now, into one string.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  queueClear(state);
  if (content !== '') queuePush(state, content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
// read(n) beyond the highWaterMark raises it to the next power of two.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) returns: all of it for NaN (the first chunk when flowing), 0
// for "not enough yet".
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state.state & kEnded) !== 0)) return 0;
  if ((state.state & kObjectMode) !== 0) return 1;
  if (n !== n) {  // NaN
    if (state.flowing === true && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state.state & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (n !== 0 && !Number.isInteger(n)) n = Number.parseInt(n, 10);  // read(0) is the common call
  const state = this._readableState;
  const nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.state &= ~kEmittedReadable;

  // read(0) with enough queued (or the end reached) only announces 'readable'.
  if (n === 0 && (state.state & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state.state & kEnded) !== 0)) {
    if (state.length === 0 && (state.state & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && (state.state & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read() for more when below the highWaterMark after this read, unless a
  // read is in flight, the stream ended, failed or is still being constructed.
  let doRead = (state.state & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state.state & (kEnded | kReading | kDestroyed | kConstructed)) !== kConstructed || state.errored) {
    doRead = false;
  } else if (doRead) {
    state.state |= kReading | kSync;
    if (state.length === 0) state.state |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.state &= ~kSync;
    // A synchronous push() may have brought enough.
    if ((state.state & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromQueue(n, state) : null;
  if (ret === null) {
    if (state.length <= state.highWaterMark) state.state |= kNeedReadable;
    else state.state &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    // Nothing left: the next chunk should announce itself.
    if ((state.state & kEnded) === 0) state.state |= kNeedReadable;
    // Read the last of it after the end: 'end' is due.
    if (nOrig !== n && (state.state & kEnded) !== 0) endReadable(this);
  }
  if (ret !== null && (state.state & (kErrorEmitted | kCloseEmitted)) === 0) {
    state.state |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

// Takes n bytes (or chars, or one object) off the front of the queue.
function fromQueue(n, state) {
  if (state.length === 0) return null;
  if ((state.state & kObjectMode) !== 0) return queueShift(state);
  if (!n || n >= state.length) {
    let ret;
    const count = queueLength(state);
    if (state.decoder) ret = state.buffer.slice(state.bufferIndex).join('');
    else if (count === 1) ret = state.buffer[state.bufferIndex];
    else ret = Buffer.concat(state.buffer.slice(state.bufferIndex), state.length);
    queueClear(state);
    return ret;
  }
  return consume(n, state);
}

// n less than all that is queued: whole chunks, and the front part of the last.
function consume(n, state) {
  const buffer = state.buffer;
  const first = buffer[state.bufferIndex];
  if (n < first.length) {
    buffer[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return queueShift(state);
  let taken = 0;  // whole chunks used up
  let ret;
  if (state.decoder) {
    ret = '';
    for (let i = state.bufferIndex; ; i++) {
      const str = buffer[i];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        taken++;
        continue;
      }
      // Node 20 takes the whole last string when what is left to read equals the
      // queue array's length (not the string's), and otherwise leaves the rest of
      // the string, maybe '', queued. Matching it keeps read(n) results the same.
      if (n === buffer.length) {
        ret += str;
        taken++;
      } else {
        ret += str.slice(0, n);
        buffer[i] = str.slice(n);
      }
      break;
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    let got = 0;
    for (let i = state.bufferIndex; got < n; i++) {
      const chunk = buffer[i];
      const want = n - got;
      if (chunk.length <= want) {
        ret.set(chunk, got);
        got += chunk.length;
        taken++;
      } else {
        ret.set(chunk.subarray(0, want), got);
        buffer[i] = chunk.slice(want);
        got = n;
      }
    }
  }
  queueDrop(state, taken);
  return ret;
}

function onEofChunk(stream, state) {
  if ((state.state & kEnded) !== 0) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      queuePush(state, chunk);
      state.length += (state.state & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state.state |= kEnded;
  if ((state.state & kSync) !== 0) {
    // push(null) inside _read(): 'readable' on the next tick.
    emitReadable(stream);
  } else {
    state.state = (state.state & ~kNeedReadable) | kEmittedReadable;
    emitReadable_(stream);
  }
}

// 'readable' is emitted on the next tick, once for any number of requests.
function emitReadable(stream) {
  const state = stream._readableState;
  state.state &= ~kNeedReadable;
  if ((state.state & kEmittedReadable) === 0) {
    state.state |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state.state & kDestroyed) === 0 && !state.errored && (state.length || (state.state & kEnded) !== 0)) {
    stream.emit('readable');
    state.state &= ~kEmittedReadable;
  }
  // Another 'readable' is wanted if a reader waits and the queue has room.
  if (state.flowing !== true && (state.state & kEnded) === 0 && state.length <= state.highWaterMark) {
    state.state |= kNeedReadable;
  } else {
    state.state &= ~kNeedReadable;
  }
  flow(stream);
}

// Reads ahead up to the highWaterMark on the next tick, when nobody asks for it.
function maybeReadMore(stream, state) {
  if ((state.state & (kReadingMore | kConstructed)) === kConstructed) {
    state.state |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep asking while that brings more: a _read() that pushes synchronously fills
  // the queue here; an asynchronous one stops the loop (the length stays the same).
  while ((state.state & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark || (state.flowing === true && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.state &= ~kReadingMore;
}

Readable.prototype._read = function (n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// pipe(), as Node's, except for how its listeners find each other. In Node they
// are closures over each other (cleanup() removes them all, onunpipe() calls
// cleanup()), which for QuickJS is a reference cycle that keeps src and dest
// alive after the pipe ended, until a whole-heap cycle collection. Here each
// listener refers only to the pipe's record `p`, which holds the listeners until
// cleanup() and then lets them go.
Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;
  if (state.pipes.length === 1 && (state.state & kMultiAwaitDrain) === 0) {
    // A second destination: wait for the drain of each.
    state.state |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  if (state.pipes === kNoPipes) state.pipes = [];
  state.pipes.push(dest);

  const p = {
    src, dest, state, cleanedUp: false, ondrain: null,
    onend: null, unpipe: null, onunpipe: null, ondata: null, onerror: null, onclose: null, onfinish: null,
  };
  p.onend = function onend() {
    p.dest.end();
  };
  p.unpipe = function unpipe() {
    p.src.unpipe(p.dest);
  };
  p.onunpipe = function onunpipe(readable, unpipeInfo) {
    if (readable === p.src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      pipeCleanup(p);
    }
  };
  p.ondata = function ondata(chunk) {
    if (p.dest.write(chunk) === false) pipePause(p);
  };
  // A destination error unpipes; it is thrown only if nobody else listens.
  p.onerror = function onerror(er) {
    const self = p.onerror;  // null once cleaned up: then it was removed already
    p.src.unpipe(p.dest);
    if (self !== null) p.dest.removeListener('error', self);
    const d = p.dest;
    if (d.listenerCount('error') === 0) {
      const s = d._writableState || d._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(d, er);
      else d.emit('error', er);
    }
  };
  p.onclose = function onclose() {
    if (p.onfinish !== null) p.dest.removeListener('finish', p.onfinish);
    p.src.unpipe(p.dest);
  };
  p.onfinish = function onfinish() {
    if (p.onclose !== null) p.dest.removeListener('close', p.onclose);
    p.src.unpipe(p.dest);
  };

  const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? p.onend : p.unpipe;
  if ((state.state & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', p.onunpipe);
  src.on('data', p.ondata);
  prependListener(dest, 'error', p.onerror);
  dest.once('close', p.onclose);
  dest.once('finish', p.onfinish);

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pipePause(p);
  else if (state.flowing !== true) src.resume();
  return dest;
};

function pipeCleanup(p) {
  const { src, dest } = p;
  if (p.onclose !== null) dest.removeListener('close', p.onclose);
  if (p.onfinish !== null) dest.removeListener('finish', p.onfinish);
  if (p.ondrain) dest.removeListener('drain', p.ondrain);
  if (p.onerror !== null) dest.removeListener('error', p.onerror);
  if (p.onunpipe !== null) dest.removeListener('unpipe', p.onunpipe);
  if (p.onend !== null) src.removeListener('end', p.onend);
  if (p.unpipe !== null) src.removeListener('end', p.unpipe);
  if (p.ondata !== null) src.removeListener('data', p.ondata);
  p.cleanedUp = true;
  p.onend = p.unpipe = p.onunpipe = p.ondata = p.onerror = p.onclose = p.onfinish = null;
  // A drain this pipe waited for will not come now; stop waiting for it.
  if (p.ondrain && p.state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
    p.ondrain();
  }
}

function pipePause(p) {
  const { src, dest, state } = p;
  if (!p.cleanedUp) {
    if (state.pipes.length === 1 && state.pipes[0] === dest) {
      state.awaitDrainWriters = dest;
      state.state &= ~kMultiAwaitDrain;
    } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
      state.awaitDrainWriters.add(dest);
    }
    src.pause();
  }
  if (!p.ondrain) {
    p.ondrain = pipeOnDrain(src, dest);
    dest.on('drain', p.ondrain);
  }
}

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state.state & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = kNoPipes;
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// A 'data' listener starts the flow (unless paused on purpose); a 'readable'
// listener takes over from 'data' and stops it.
Readable.prototype.on = function (ev, fn) {  // anonymous, as Node's
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state.state |= kReadableListening;
    else state.state &= ~kReadableListening;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if ((state.state & (kEndEmitted | kReadableListening)) === 0) {
      state.state = (state.state | kReadableListening | kNeedReadable) & ~kEmittedReadable;
      state.flowing = false;
      if (state.length) emitReadable(this);
      else if ((state.state & kReading) === 0) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

// For the event types that need nothing more than the emitter's own method, on()
// and removeListener() run natively (src/modules/events/EventsBinding.cpp); the JS
// functions above stay the definition and take every other call.
{
  const { makeStreamListener } = internalBinding('events');
  // on() reads this._readableState after adding, as the JS function does (a getter
  // on an IncomingMessage, which makes the state then).
  Readable.prototype.on = makeStreamListener(Readable.prototype.on, Stream.prototype, 'on', EE.prototype.on,
    '_readableState', 'data', 'readable');
  Readable.prototype.addListener = Readable.prototype.on;
  Readable.prototype.removeListener = makeStreamListener(Readable.prototype.removeListener, Stream.prototype,
    'removeListener', EE.prototype.removeListener, undefined, 'readable');
  Readable.prototype.off = Readable.prototype.removeListener;
}

// No arguments removes every type; an explicit undefined is a type of its own.
Readable.prototype.removeAllListeners = internalBinding('events').byArgumentCount(
  function() {
    const res = Stream.prototype.removeAllListeners.call(this);
    process.nextTick(updateReadableListening, this);
    return res;
  },
  function(ev) {
    const res = Stream.prototype.removeAllListeners.call(this, ev);
    if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
    return res;
  },
  '', 1);  // anonymous, as Node's

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state.state |= kReadableListening;
  else state.state &= ~kReadableListening;
  if ((state.state & kResumeScheduled) !== 0 && (state.state & kPausedFalse) !== 0) {
    // resume() was called while a 'readable' listener held the flow; the scheduled
    // resume_ will start it.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if ((state.state & kReadableListening) === 0) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (state.flowing !== true) {
    // With a 'readable' listener, resume() does not make it flow.
    state.flowing = (state.state & kReadableListening) === 0;
    if ((state.state & kResumeScheduled) === 0) {
      state.state |= kResumeScheduled;
      process.nextTick(resume_, this, state);
    }
  }
  state.state = (state.state & ~kPausedTrue) | kPausedFalse;
  return this;
};

function resume_(stream, state) {
  if ((state.state & kReading) === 0) stream.read(0);
  state.state &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if (state.flowing === true && (state.state & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.state = (state.state & ~kPausedFalse) | kPausedTrue;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing === true && stream.read() !== null);
}

// An old-style stream (only 'data'/'end' events) as the source of this one.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  // The source's methods, callable on this stream (the first key is skipped, as
  // Node does).
  const streamKeys = Object.keys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function () {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  // 'readable' (this === stream) wakes a waiting next(); as a Promise executor it
  // registers the waiter.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  let error;  // undefined: running; null: ended cleanly; else the failure
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });
  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || (options && options.destroyOnReturn) !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      // r.readable === false: a Duplex made with `readable: false`.
      return !!r && r.readable !== false && (r.state & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    enumerable: false,
    get() {
      return this._readableState.dataEmitted;
    },
  },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    enumerable: false,
    get() {
      return this._readableState.highWaterMark;
    },
  },
  readableBuffer: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return r && r.buffer;
    },
  },
  readableFlowing: {
    enumerable: false,
    get() {
      return this._readableState.flowing;
    },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    enumerable: false,
    get() {
      return this._readableState.length;
    },
  },
  readableObjectMode: {
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.objectMode : false;
    },
  },
  readableEncoding: {
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.encoding : null;
    },
  },
  errored: {
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.errored : null;
    },
  },
  closed: {
    get() {
      return this._readableState ? this._readableState.closed : false;
    },
  },
  destroyed: {
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  },
});

// 'end' on the next tick, once everything queued was read.
function endReadable(stream) {
  const state = stream._readableState;
  if ((state.state & kEndEmitted) === 0) {
    state.state |= kEnded;
    if ((state.state & kEndScheduled) === 0) {
      state.state |= kEndScheduled;
      process.nextTick(endReadableNT, state, stream);
    }
  }
}

function endReadableNT(state, stream) {
  state.state &= ~kEndScheduled;
  if (state.errored || (state.state & (kCloseEmitted | kEndEmitted)) !== 0 || state.length !== 0) return;
  state.state |= kEndEmitted;
  stream.emit('end');
  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableNT, stream);
  } else if ((state.state & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once its writable side has finished too (or never will).
    const wState = stream._writableState;
    if (!wState || (wState.autoDestroy && (wState.finished || wState.writable === false))) {
      stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable._fromList = function _fromList(n, state) {
  return fromQueue(n, state);
};

Readable.from = function (iterable, opts) {
  return from(Readable, iterable, opts);
};

// The adapters load with the web streams, on first use.
function lazyWebStreams() { return require('internal/webstreams/adapters'); }
Readable.fromWeb = function (readableStream, options) {
  return lazyWebStreams().newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function (streamReadable, options) {
  return lazyWebStreams().newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function (src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
