'use strict';
// stream.Duplex, written for this runtime in place of the embedded readable-stream
// package's, with Node 20's behavior. The package built a Duplex by calling the
// Readable and the Writable constructors on it, which ran the EventEmitter set-up
// twice and tested `instanceof Duplex` three times; here the two states are built
// directly and the emitter once (a net.Socket is a Duplex, one per connection).
// Own properties: _readableState, the emitter's, _writableState, and allowHalfOpen
// where it differs from the prototype's.

const Readable = require('./readable');
const Writable = require('./writable');
const { Stream } = require('./legacy');
const destroyImpl = require('./destroy');
const { addAbortSignal } = require('./add-abort-signal');
const { kAfterConstruct, kLazyWritable, kWritableNotMade } = require('internal/streams/shared');

module.exports = Duplex;
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The Writable methods a Duplex lacks (Readable has its own on, ...).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// As in Node 20, destroy() is the Writable's: queued writes and end() callbacks get
// the error (or ERR_STREAM_DESTROYED) on the next tick.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  if (options?.[kLazyWritable] === true) this._readableState.state |= kWritableNotMade;
  else this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.final === 'function') this._final = options.final;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  if (typeof this._construct === 'function') {
    // Both sides wait for _construct(); each resumes its own work afterwards.
    destroyImpl.construct(this, Readable[kAfterConstruct]);
    destroyImpl.construct(this, Writable[kAfterConstruct]);
  }
  if (!options) return;
  // An own property only where the prototype's default (true; a net.Socket's false)
  // does not hold: one property less per socket.
  const allowHalfOpen = options.allowHalfOpen !== false;
  if (this.allowHalfOpen !== allowHalfOpen) this.allowHalfOpen = allowHalfOpen;
  if (options.readable === false) {
    const r = this._readableState;
    r.readable = false;
    r.ended = true;
    r.endEmitted = true;
  }
  if (options.writable === false) {
    const w = this._writableState;
    w.writable = false;
    w.ending = true;
    w.ended = true;
    w.finished = true;
  }
}

Duplex.prototype.allowHalfOpen = true;
// The event types of both sides, in Node's order (see internal/events/shape_mode).
Duplex.prototype._events = require('internal/events/shape_mode').sharedEvents({
  close: undefined, error: undefined, prefinish: undefined, finish: undefined,
  drain: undefined, data: undefined, end: undefined, readable: undefined,
}, Object.prototype);

// The writable side's accessors, as Writable defines them.
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
}

// Destroyed when both sides are.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    const r = this._readableState;
    if (r === undefined || (r.state & kWritableNotMade) !== 0) return false;
    if (this._writableState === undefined) return false;
    return r.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

// The adapters load with the web streams, on first use.
function lazyWebStreams() { return require('internal/webstreams/adapters'); }
Duplex.fromWeb = function (pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function (duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function (body) {
  if (!duplexify) duplexify = require('./duplexify');
  return duplexify(body, 'body');
};
