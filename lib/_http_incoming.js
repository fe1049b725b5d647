'use strict';
// IncomingMessage: a request on the server, a response on the client. A Readable
// fed by the parser (push per body piece); headers are built from rawHeaders only
// when first read, so a handler that never looks at them does not pay for them.
//
// The Readable state is created on first use as well. Most requests carry no body
// and nobody reads them: the parser ends them and the server dumps them when the
// response is done. Until something touches the stream (a listener, read(),
// resume(), a stream property), those steps are only recorded (kLazy); creating
// the state replays them, so the stream behaves as if it had existed all along.

const { setPrototypeDefaults } = require('internal/util/prototype_defaults');
const { Readable, finished } = require('stream');
const EE = require('events');
const { ReadableState } = Readable;
const { drainCount, tickInfo, kDrains } = require('internal/process/task_queues');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

// What happened to a stream whose state does not exist yet.
const kLazy = Symbol('kLazy');
const kLive = 0;      // the Readable state exists
const kFresh = 1;     // nothing yet
const kEnded = 2;     // the message is complete (push(null) pending)
const kDumping = 3;   // ended and dumped: 'end' and 'close' are due (or done: isDead)
const kDead = 4;      // (createState only) ended, dumped, and by now closed
const kDumpDrain = Symbol('kDumpDrain');  // the drain it ended, then was dumped, in

// A parser that consumes the socket's handle (server connections) is held back at
// the handle: reads stop until the message is read (kernel backpressure), and the
// socket's own Readable, which sees none of the data, is left alone.
const kHandleStopped = Symbol('kHandleStopped');

function readStart(socket) {
  if (!socket || socket._paused) return;
  const parser = socket.parser;
  if (parser && parser._consumed) {
    if (parser[kHandleStopped] === true) {
      parser[kHandleStopped] = false;
      if (socket._handle && !socket.destroyed) require('internal/net/socket').tryReadStart(socket);
    }
    return;
  }
  const rs = socket._readableState;
  if (rs !== undefined && rs !== null && rs.flowing === true) return;  // resume() would change nothing
  if (socket.readable) socket.resume();
}

function readStop(socket) {
  if (!socket) return;
  const parser = socket.parser;
  const handle = socket._handle;
  if (parser && parser._consumed && handle && handle.reading !== false) {
    parser[kHandleStopped] = true;
    handle.reading = false;
    handle.readStop();
    return;
  }
  socket.pause();
}

// A function, as in Node (subclasses with `class extends` work all the same).
// Fields that a message of one kind never sets (a request has no statusCode) or that
// rarely change start on the prototype (messageDefaults below): every own property
// a constructor adds costs a shape change in QuickJS, once per request.
function IncomingMessage(socket) {
  initMessage(this, socket, null, null, null, [], 0);
}

// The parser's messages (the server's default class, every client response): the
// constructor's fields, each made once with the head's values.
function ParsedIncomingMessage(socket, versionMajor, versionMinor, httpVersion, rawHeaders, headersCount) {
  initMessage(this, socket, versionMajor, versionMinor, httpVersion, rawHeaders, headersCount);
}

function initMessage(msg, socket, versionMajor, versionMinor, httpVersion, rawHeaders, headersCount) {
  EE.init.call(msg);
  msg[kLazy] = kFresh;
  msg.socket = socket;
  msg.httpVersionMajor = versionMajor;
  msg.httpVersionMinor = versionMinor;
  msg.httpVersion = httpVersion;
  msg.complete = false;
  msg[kHeaders] = null;
  msg[kHeadersCount] = headersCount;
  msg.rawHeaders = rawHeaders;
  msg.upgrade = null;
  msg.client = socket;
  msg._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);
ParsedIncomingMessage.prototype = IncomingMessage.prototype;

const kRawTrailers = Symbol('kRawTrailers');
const messageDefaults = {
  [kTrailers]: null,
  [kTrailersCount]: 0,
  joinDuplicateHeaders: false,
  aborted: false,
  url: '',
  method: null,
  statusCode: null,
  statusMessage: null,
  _consuming: false,
};
setPrototypeDefaults(IncomingMessage.prototype, messageDefaults);

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  get() { return createState(this); },
  set(state) {
    Object.defineProperty(this, '_readableState', { value: state, writable: true, configurable: true, enumerable: true });
  },
});

function createState(msg) {
  const lazy = isDead(msg) ? kDead : msg[kLazy];
  if (lazy === undefined || lazy === kLive) return undefined;  // the prototype itself
  msg[kLazy] = kLive;
  const socket = msg.socket;
  // The socket's highWaterMark (validated when the socket was made), without an
  // options object for ReadableState to read and check again.
  const state = new ReadableState(undefined, msg, false);
  const hwm = socket ? socket.readableHighWaterMark : undefined;
  if (hwm != null && hwm !== state.highWaterMark) state.highWaterMark = hwm;
  msg._readableState = state;
  state.readingMore = true;
  if (lazy === kFresh) return state;
  // Ended in an earlier drain: the 'readable' tick of push(null) has passed, with
  // nobody listening, as in Node; a listener added now must not get it.
  const ticked = lazy === kEnded && msg[kDumpDrain] !== drainCount();
  if (ticked) state.emittedReadable = true;
  Readable.prototype.push.call(msg, null);
  if (ticked) state.emittedReadable = false;
  if (lazy === kDumping) {
    Readable.prototype.resume.call(msg);
  } else if (lazy === kDead) {
    state.flowing = true;
    state.endEmitted = true;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
  }
  return state;
}

// The parser's end of the message: push(null), or only its record.
function pushEnd(msg) {
  if (msg[kLazy] === kFresh) {
    msg[kLazy] = kEnded;
    msg[kDumpDrain] = tickInfo[kDrains];  // drainCount(), read inline: once per request
  } else {
    msg.push(null);
  }
}

// True once the message has been read to its end ('end' emitted or due).
function readEnded(msg) {
  const lazy = msg[kLazy];
  return lazy === kLive ? msg.readableEnded : lazy >= kDumping;
}

// The server, when a response is done: an unread request body is drained so the
// next request can be parsed.
function dumpUnread(msg) {
  if (msg._consuming) return;
  if (msg[kLazy] !== kLive || !msg._readableState.resumeScheduled) msg._dump();
}

// A dumped message nobody listens to would emit 'end' and 'close' over the next
// four ticks. It records the drain it was dumped in instead: touched in that same
// drain, it replays the dump and emits as Node does; touched later, it is found
// ended and closed, as Node's would be by then.
function isDead(msg) {
  return msg[kLazy] === kDumping && msg[kDumpDrain] !== drainCount();
}

// Methods and accessors, written as a class body and moved onto the prototype.
class Methods {
  // An array of its own on first use (most messages have no trailers).
  get rawTrailers() {
    let raw = this[kRawTrailers];
    if (raw === undefined) raw = this[kRawTrailers] = [];
    return raw;
  }
  set rawTrailers(val) { this[kRawTrailers] = val; }

  get connection() { return this.socket; }
  set connection(val) { this.socket = val; }

  get headers() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  }
  set headers(val) { this[kHeaders] = val; }

  get headersDistinct() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = { __proto__: null };  // as Node: no inherited names
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  }
  set headersDistinct(val) { this[kHeadersDistinct] = val; }

  get trailers() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  }
  set trailers(val) { this[kTrailers] = val; }

  get trailersDistinct() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = { __proto__: null };  // as Node: no inherited names
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  }
  set trailersDistinct(val) { this[kTrailersDistinct] = val; }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read(n) {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // The parser pushes; reading resumes the socket it paused for backpressure.
    if (this.socket && this.socket.readable) readStart(this.socket);
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    // An aborted message takes its connection down with it.
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      const cleanup = finished(this.socket, (e) => {
        if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
        cleanup();
        process.nextTick(onError, this, e || err, cb);
      });
    } else {
      process.nextTick(onError, this, err, cb);
    }
  }

  _addHeaderLines(headers, n) {
    if (headers && headers.length) {
      if (this.complete) {
        this.rawTrailers = headers;
        this[kTrailersCount] = n;
        if (this[kTrailers]) {
          for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], this[kTrailers]);
        }
      } else {
        this.rawHeaders = headers;
        this[kHeadersCount] = n;
        if (this[kHeaders]) {
          for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], this[kHeaders]);
        }
      }
    }
  }

  // How Node folds a repeated header: set-cookie collects an array, cookie joins
  // with '; ', fields that cannot repeat keep the first value, the rest join with ', '.
  // Only a string is a value seen before: a name like `constructor` finds an
  // inherited property first, which the header's value shadows, as in Node.
  _addHeaderLine(field, value, dest) {
    field = lowerField(field);
    const prev = dest[field];
    if (typeof prev === 'string') {
      if (field === 'cookie') dest[field] = prev + '; ' + value;
      else if (this.joinDuplicateHeaders || !singleValued.has(field)) dest[field] = prev + ', ' + value;
    } else if (field === 'set-cookie') {
      if (prev === undefined) dest[field] = [value];
      else prev.push(value);
    } else {
      dest[field] = value;
    }
  }

  _addHeaderLineDistinct(field, value, dest) {
    field = field.toLowerCase();
    if (!dest[field]) dest[field] = [value];
    else dest[field].push(value);
  }

  _dump() {
    if (this._dumped) return;
    this._dumped = true;
    if (this[kLazy] === kEnded) {  // nobody listens: nothing to emit to
      this[kLazy] = kDumping;
      this[kDumpDrain] = drainCount();
      return;
    }
    this.removeAllListeners('data');
    this.resume();
  }
}
for (const key of Reflect.ownKeys(Methods.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(IncomingMessage.prototype, key, Object.getOwnPropertyDescriptor(Methods.prototype, key));
  }
}

// Headers whose duplicates Node drops.
const singleValued = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from',
  'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location',
  'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

// Most header names arrive in one of two spellings; cache their lower-case forms.
const lowerCache = new Map();
function lowerField(field) {
  let lower = lowerCache.get(field);
  if (lower === undefined) {
    lower = field.toLowerCase();
    if (lowerCache.size < 1000) lowerCache.set(field, lower);
  }
  return lower;
}

function onError(self, error, cb) {
  // Nobody listens for 'error' on a message that was aborted by the peer: its
  // 'aborted'/'close' tell the story, as in Node.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = { IncomingMessage, ParsedIncomingMessage, readStart, readStop, pushEnd, readEnded, dumpUnread };
